package org.sitrep.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.app.Io;
import org.sitrep.app.Main;
import org.sitrep.ledger.Ledger;
import org.sitrep.ledger.LedgerException;
import org.sitrep.ledger.SearchHit;
import org.sitrep.ledger.store.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code sitrep search "text"}: full-text search over the stored articles. */
@Command(name = "search", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Finds stored articles containing all the words (SQLite FTS5; on PostgreSQL its full-text search,"
                + " which also reads \"phrases\", or and -not), best first, with the incidents they report.")
public final class SearchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "Words to look for.")
    List<String> words;

    @Mixin
    LedgerOption ledgerOption;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N articles (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", paramLabel = "F", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        Io io = main.io();
        Reporter reporter = new Reporter(io.err(), main.debug());
        if (limit < 1) {
            reporter.fatal("--limit must be at least 1");
            return 1;
        }
        try (Ledger ledger = Ledger.open(ledgerOption.location(io.env()), false); PrintWriter w = Output.open(io, null)) {
            List<SearchHit> hits = ledger.search(String.join(" ", words), limit);
            if (format.equals("json")) {
                ArrayNode a = Json.MAPPER.createArrayNode();
                hits.forEach(h -> a.add(Json.MAPPER.valueToTree(h)));
                w.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(a));
            } else {
                for (SearchHit h : hits) {
                    w.printf("%s  %s  %s  incidents %s%n    %s%n", h.articleId(), h.published() == null ? "undated" : h.published(),
                            h.outlet() == null ? "(outlet unknown)" : h.outlet(), h.incidents(), h.snippet());
                }
                w.printf("%d article%s%n", hits.size(), hits.size() == 1 ? "" : "s");
            }
        } catch (LedgerException e) {
            reporter.fatal(e.getMessage());
        } catch (IOException e) {
            reporter.fatal("cannot write to standard output (" + e.getMessage() + ")");
        }
        return reporter.failures() > 0 ? 1 : 0;
    }
}
