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

        @Option(names = "--review", paramLabel = "confirmed|rejected|unreviewed",
                description = "Confirm or reject the incident (a rejected one is hidden like a dismissed one), or reopen it.")
        String review;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Correct the incident's date.")
        String date;

        @Option(names = "--type", paramLabel = "SUB-EVENT-TYPE",
                description = "Correct the incident's type: an ACLED sub-event type such as 'Air/drone strike'.")
        String type;

        @Option(names = "--fatalities", paramLabel = "N|LOW-HIGH|unknown", description = "Correct the fatality figures.")
        String fatalities;

        @Option(names = "--merge-into", paramLabel = "ID", description = "Merge this incident into incident ID.")
        Long mergeInto;
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
            } else if (what.review != null) {
                d = ledger.decide(id, Decision.Kind.REVIEW, what.review, note, by);
            } else if (what.date != null) {
                d = ledger.decide(id, Decision.Kind.DATE, what.date, note, by);
            } else if (what.type != null) {
                d = ledger.decide(id, Decision.Kind.TYPE, what.type, note, by);
            } else if (what.fatalities != null) {
                d = ledger.decide(id, Decision.Kind.FATALITIES, what.fatalities, note, by);
            } else if (what.mergeInto != null) {
                ledger.merge(id, what.mergeInto, note, by);
                io.out().write(("incident " + id + " merged into " + what.mergeInto + "\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                io.out().flush();
                return 0;
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
