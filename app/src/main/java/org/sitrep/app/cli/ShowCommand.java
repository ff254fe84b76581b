package org.sitrep.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.app.Io;
import org.sitrep.app.Main;
import org.sitrep.ledger.Decision;
import org.sitrep.ledger.IncidentDetail;
import org.sitrep.ledger.IncidentRow;
import org.sitrep.ledger.Ledger;
import org.sitrep.ledger.LedgerException;
import org.sitrep.ledger.Report;
import org.sitrep.ledger.export.AcledCsv;
import org.sitrep.ledger.export.IncidentJson;
import org.sitrep.ledger.store.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code sitrep show ID}: one incident with every report, claim and evidence sentence behind it. */
@Command(name = "show", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Shows one incident: every report behind it with its evidence sentences, each side's claims"
                + " side by side, the fatality figures each report gives, and the analysts' decisions.")
public final class ShowCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", description = "The incident's id, as sitrep incidents lists it.")
    long id;

    @Mixin
    LedgerOption ledgerOption;

    @Option(names = "--format", paramLabel = "F", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        Io io = main.io();
        Reporter reporter = new Reporter(io.err(), main.debug());
        if (!format.equals("text") && !format.equals("json")) {
            reporter.fatal("--format " + format + ": not a format of show (text or json)");
            return 1;
        }
        try (Ledger ledger = Ledger.open(ledgerOption.location(io.env()), false); PrintWriter w = Output.open(io, null)) {
            Optional<IncidentDetail> d = ledger.show(id);
            if (d.isEmpty()) {
                reporter.fatal("no incident " + id + " in " + ledger.location());
                return 1;
            }
            if (format.equals("json")) {
                w.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json(d.get())));
            } else {
                text(w, d.get());
            }
        } catch (LedgerException e) {
            reporter.fatal(e.getMessage());
        } catch (IOException e) {
            reporter.fatal("cannot write to standard output (" + e.getMessage() + ")");
        }
        return reporter.failures() > 0 ? 1 : 0;
    }

    private static ObjectNode json(IncidentDetail d) {
        ObjectNode o = IncidentJson.of(d.incident(), null);
        ObjectNode bySide = o.putObject("claims_by_side");
        for (Map.Entry<String, List<Report.QuotedClaim>> e : d.claimsBySide().entrySet()) {
            ArrayNode a = bySide.putArray(e.getKey());
            e.getValue().forEach(q -> a.add(Json.MAPPER.valueToTree(q)));
        }
        ArrayNode reports = o.putArray("reports");
        for (Report r : d.reports()) {
            ObjectNode ro = reports.addObject();
            ro.put("article_id", r.articleId());
            ro.put("url", r.url());
            ro.put("outlet", r.outlet());
            ro.put("published", r.published() == null ? null : r.published().toString());
            ro.set("event", r.event());
            ArrayNode ev = ro.putArray("evidence");
            r.evidence().forEach(ev::add);
        }
        ArrayNode decisions = o.putArray("decisions");
        for (Decision dec : d.decisions()) {
            ObjectNode x = decisions.addObject();
            x.put("kind", dec.kind().code());
            x.put("value", dec.value());
            x.put("note", dec.note());
            x.put("analyst", dec.analyst());
            x.put("decided_at", dec.decidedAt() == null ? null : dec.decidedAt().toString());
        }
        return o;
    }

    private static void text(PrintWriter w, IncidentDetail d) {
        IncidentRow r = d.incident();
        w.printf("Incident %d: %s (%s) at %s%s, %s%n", r.id(), r.subType(), r.eventType(), r.placeName(),
                r.country() == null ? "" : ", " + r.country(), r.date() == null ? "date unknown" : r.date());
        w.printf("  %s in %s; %s%s%n", AcledCsv.count(r.members(), "report"), AcledCsv.count(r.articles(), "article"),
                AcledCsv.count(r.sources(), "independent source"), r.contested() ? "; CONTESTED" + (r.contested() != r.machineContested() ? " (analyst)" : "")
                        : (r.machineContested() ? "; not contested (analyst)" : ""));
        if (r.fatalitiesLow() != null) {
            w.printf("  fatalities reported: %d%s (each report's figure below; never averaged)%n", r.fatalitiesLow(),
                    r.fatalitiesHigh() == null ? "" : " to " + r.fatalitiesHigh());
        }
        w.println();
        w.println("Claims by side:");
        for (Map.Entry<String, List<Report.QuotedClaim>> e : d.claimsBySide().entrySet()) {
            w.printf("  %s%n", e.getKey());
            for (Report.QuotedClaim q : e.getValue()) {
                w.printf("    %-8s %s: \"%s\"%n", q.stance(), q.by(), q.words());
            }
        }
        w.println();
        w.println("Reports:");
        int n = 1;
        for (Report rep : d.reports()) {
            ObjectNode ev = rep.event();
            w.printf("  [%d] %s%s, %s (article %s)%n", n++, rep.outlet() == null ? "(outlet unknown)" : rep.outlet(),
                    rep.url() == null ? "" : " <" + rep.url() + ">", rep.published() == null ? "undated" : rep.published(),
                    rep.articleId());
            w.printf("      %s at %s, %s; fatalities %s; verification %s%n", ev.path("kind").asText(),
                    ev.path("place").path("name").asText("?"), ev.path("date").asText("date unknown"),
                    ev.path("fatalities").path("low").isNumber() ? ev.path("fatalities").path("low").asText() : "not stated",
                    ev.path("verification").asText());
            for (String s : rep.evidence()) {
                w.printf("      > %s%n", s);
            }
        }
        if (!d.decisions().isEmpty()) {
            w.println();
            w.println("Analysts' decisions:");
            for (Decision dec : d.decisions()) {
                w.printf("  %s %s %s%s%s%n", dec.decidedAt(), dec.analyst(), dec.kind().code(),
                        dec.value() == null ? "" : "=" + dec.value(), dec.note() == null ? "" : ": " + dec.note());
            }
        }
        w.flush();
    }
}
