package org.sitrep.app.cli;

import java.util.concurrent.Callable;
import org.sitrep.app.Io;
import org.sitrep.app.Main;
import org.sitrep.ledger.Decision;
import org.sitrep.ledger.Ledger;
import org.sitrep.ledger.LedgerException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code sitrep decide ID ...}: an analyst's decision about an incident, stored apart and applied on top. */
@Command(name = "decide", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Records an analyst's decision about an incident, with who and when. Decisions are kept apart"
                + " from what the machine extracted: re-extraction never changes them, and they apply on top of it.")
public final class DecideCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", description = "The incident's id.")
    long id;

    /** Exactly one decision per call. */
    static final class What {
        @Option(names = "--contested", paramLabel = "true|false", description = "Override the contested flag.")
        String contested;

        @Option(names = "--dismiss", description = "Not an incident: hide it from queries.")
        boolean dismiss;

        @Option(names = "--restore", description = "Undo a dismissal.")
        boolean restore;

        @Option(names = "--note-only", description = "Only a note (give it with --note).")
        boolean noteOnly;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    @Option(names = "--note", paramLabel = "TEXT", description = "Why, in your words.")
    String note;

    @Option(names = "--by", paramLabel = "NAME", required = true, description = "Who decides.")
    String by;

    @Mixin
    LedgerOption ledgerOption;

    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        Io io = main.io();
        Reporter reporter = new Reporter(io.err(), main.debug());
        try (Ledger ledger = Ledger.open(ledgerOption.location(io.env()), false)) {
            Decision d;
            if (what.contested != null) {
                d = ledger.decide(id, Decision.Kind.CONTESTED, what.contested, note, by);
            } else if (what.dismiss || what.restore) {
                d = ledger.decide(id, Decision.Kind.DISMISS, String.valueOf(what.dismiss), note, by);
            } else {
                d = ledger.decide(id, Decision.Kind.NOTE, null, note, by);
            }
            io.out().write(("decision " + d.id() + " on incident " + id + " recorded\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            io.out().flush();
        } catch (LedgerException e) {
            reporter.fatal(e.getMessage());
        } catch (java.io.IOException e) {
            reporter.fatal("cannot write to standard output (" + e.getMessage() + ")");
        }
        return reporter.failures() > 0 ? 1 : 0;
    }
}
