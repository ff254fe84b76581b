package org.sitrep.app.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.sitrep.app.Io;
import org.sitrep.app.Main;
import org.sitrep.ledger.Account;
import org.sitrep.ledger.Ledger;
import org.sitrep.ledger.LedgerException;
import org.sitrep.web.access.Passwords;
import org.sitrep.web.access.Role;
import org.sitrep.web.access.Tokens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code sitrep user ...}: the accounts of {@code sitrep serve}, kept in the ledger. */
@Command(name = "user", mixinStandardHelpOptions = true,
        description = "Manages the accounts of sitrep serve: viewer (reads), analyst (also reviews and ingests),"
                + " admin (everything).",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Remove.class, UserCommand.Token.class})
public final class UserCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(main.io().err());
        return 2;
    }

    /** Runs an account command with the ledger open, one-line errors on failure. */
    abstract static class Sub implements Callable<Integer> {
        @Mixin
        LedgerOption ledgerOption;

        @ParentCommand
        UserCommand parent;

        abstract void run(Ledger ledger, Io io, PrintWriter out) throws IOException;

        @Override
        public Integer call() {
            Io io = parent.main.io();
            Reporter reporter = new Reporter(io.err(), parent.main.debug());
            PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(io.out(), StandardCharsets.UTF_8), true);
            try (Ledger ledger = Ledger.open(ledgerOption.location(io.env()), true)) {
                run(ledger, io, out);
            } catch (LedgerException | IllegalArgumentException e) {
                reporter.fatal(e.getMessage());
            } catch (IOException e) {
                reporter.fatal("cannot read the password (" + e.getMessage() + ")");
            }
            out.flush();
            return reporter.failures() > 0 ? 1 : 0;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Adds an account, or changes the role and password of an existing one.",
                "The password is asked for on the terminal, or read from the first line of standard input."})
    static final class Add extends Sub {
        @Parameters(paramLabel = "NAME", description = "The login name.")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "viewer, analyst or admin.")
        String role;

        @Override
        void run(Ledger ledger, Io io, PrintWriter out) throws IOException {
            if (!name.matches("[\\p{L}\\p{N}._@-]{1,64}")) {
                throw new IllegalArgumentException("a user name is 1-64 letters, digits and . _ @ -, not '" + name + "'");
            }
            Role r = Role.of(role);
            String password = password(io);
            ledger.accounts().put(name, r.code(), new Passwords().hash(password), Instant.now());
            out.println("user " + name + " (" + r.code() + ") saved in " + ledger.location());
        }

        private static String password(Io io) throws IOException {
            Console console = System.console();
            if (console != null && io.in() == System.in) {
                char[] first = console.readPassword("password for the account: ");
                char[] again = console.readPassword("again: ");
                if (first == null || !new String(first).equals(new String(again == null ? new char[0] : again))) {
                    throw new IllegalArgumentException("the two passwords differ");
                }
                return new String(first);
            }
            String line = new BufferedReader(new InputStreamReader(io.in(), StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                throw new IllegalArgumentException("no password on standard input");
            }
            return line;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the accounts and their roles.")
    static final class ListUsers extends Sub {
        @Override
        void run(Ledger ledger, Io io, PrintWriter out) {
            for (Account a : ledger.accounts().list()) {
                out.println(a.name() + "\t" + a.role() + "\t" + a.createdAt());
            }
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Removes an account and its API tokens.")
    static final class Remove extends Sub {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        void run(Ledger ledger, Io io, PrintWriter out) {
            if (!ledger.accounts().remove(name)) {
                throw new IllegalArgumentException("no user " + name);
            }
            out.println("user " + name + " removed");
        }
    }

    @Command(name = "token", mixinStandardHelpOptions = true,
            description = "Makes an API token for an account (Authorization: Bearer TOKEN); it is shown once, stored hashed.")
    static final class Token extends Sub {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        void run(Ledger ledger, Io io, PrintWriter out) {
            String token = Tokens.random();
            ledger.accounts().addToken(name, Tokens.sha256(token), Instant.now());
            out.println(token);
        }
    }
}
