package org.sitrep.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.app.EngineFactory;
import org.sitrep.app.Io;
import org.sitrep.app.Main;
import org.sitrep.app.SetupProblem;
import org.sitrep.ledger.IncidentRow;
import org.sitrep.ledger.Ledger;
import org.sitrep.ledger.LedgerException;
import org.sitrep.ledger.LedgerLocation;
import org.sitrep.ledger.export.AcledCsv;
import org.sitrep.ledger.export.GeoJson;
import org.sitrep.ledger.export.IncidentJson;
import org.sitrep.ledger.export.IncidentTable;
import org.sitrep.ledger.query.IncidentFilter;
import org.sitrep.ledger.query.Near;
import org.sitrep.ledger.query.PlaceResolver;
import org.sitrep.ledger.query.QueryException;
import org.sitrep.ledger.query.Radius;
import org.sitrep.ledger.store.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code sitrep incidents}: the ledger's incidents, filtered, as a table or an export. */
@Command(name = "incidents", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Lists the ledger's incidents, latest first: one record per incident, with how many reports and"
                + " independent sources are behind it and whether the sides contradict each other.",
            "Formats: table (default), json, jsonl (one incident per line with its member events), csv"
                    + " (ACLED-compatible), geojson (a FeatureCollection)."})
public final class IncidentsCommand implements Callable<Integer> {
    /** The output formats. */
    enum Format { table, json, jsonl, csv, geojson }

    @Mixin
    LedgerOption ledgerOption;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", converter = Converters.Date.class,
            description = "Incidents on or after this day.")
    LocalDate since;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD", converter = Converters.Date.class,
            description = "Incidents on or before this day.")
    LocalDate until;

    @Option(names = "--near", paramLabel = "PLACE", description = "Around a place the gazetteer knows, or LAT,LON.")
    String near;

    @Option(names = "--radius", paramLabel = "DISTANCE", defaultValue = "30km",
            description = "Radius around --near: 30km, 20mi, 500m (default: ${DEFAULT-VALUE}).")
    String radius;

    @Option(names = "--type", paramLabel = "T", description = "ACLED event type ('Battles'), sub-event type"
            + " ('Air/drone strike') or sitrep kind (missile_strike).")
    String type;

    @Option(names = "--side", paramLabel = "S", description = "Incidents side S makes claims about (RU, UA, PS, third_party...).")
    String side;

    @Option(names = "--contested", description = "Only incidents the sides contradict each other about.")
    boolean contested;

    @Option(names = "--min-sources", paramLabel = "N", defaultValue = "0",
            description = "At least N independent originating sources.")
    int minSources;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "At most N incidents (default: all).")
    int limit;

    @Option(names = "--format", paramLabel = "F", defaultValue = "table",
            description = "table, json, jsonl, csv or geojson (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        Io io = main.io();
        Reporter reporter = new Reporter(io.err(), main.debug());
        try {
            IncidentFilter filter = new IncidentFilter(since, until, near(), type, side, contested, minSources, limit);
            LedgerLocation location = ledgerOption.location(io.env());
            if (location.isPartOf(out)) {
                reporter.fatal("--out " + out + ": that is the ledger itself; choose another file");
                return 1;
            }
            try (Ledger ledger = Ledger.open(location, false);
                 PrintWriter w = Output.open(io, out)) {
                write(ledger, ledger.incidents(filter), w);
                if (w.checkError()) {
                    reporter.fatal("cannot write " + (out == null ? "to standard output" : out.toString()));
                }
            }
        } catch (QueryException | LedgerException e) {
            reporter.fatal(e.getMessage());
        } catch (SetupProblem e) {
            reporter.fatal(e.getMessage());
        } catch (IOException e) {
            reporter.fatal("--out " + out + ": cannot write (" + e.getMessage() + ")");
        }
        return reporter.failures() > 0 ? 1 : 0;
    }

    private Near near() throws SetupProblem {
        if (near == null) {
            return null;
        }
        double km = Radius.km(radius);
        if (PlaceResolver.coordinates(near).isPresent()) {
            return new PlaceResolver(null).resolve(near, km);
        }
        Near resolved = new PlaceResolver(EngineFactory.placeIndex()).resolve(near, km);
        // A name can be a place far from the war ("Atlantis" is a town in South Africa): say which one was taken.
        main.io().err().printf(java.util.Locale.ROOT, "sitrep: --near %s: %s (%.4f, %.4f), within %s km%n", near,
                resolved.name(), resolved.lat(), resolved.lon(), new java.text.DecimalFormat("0.#", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)).format(km));
        main.io().err().flush();
        return resolved;
    }

    private void write(Ledger ledger, List<IncidentRow> rows, PrintWriter w) throws IOException {
        List<Long> ids = rows.stream().map(IncidentRow::id).toList();
        switch (format) {
            case table -> IncidentTable.write(w, rows);
            case jsonl -> {
                Map<Long, List<ObjectNode>> members = ledger.members(ids);
                for (IncidentRow r : rows) {
                    w.println(Json.MAPPER.writeValueAsString(IncidentJson.of(r, members.get(r.id()))));
                }
            }
            case json -> {
                Map<Long, List<ObjectNode>> members = ledger.members(ids);
                ArrayNode array = Json.MAPPER.createArrayNode();
                rows.forEach(r -> array.add(IncidentJson.of(r, members.get(r.id()))));
                w.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(array));
            }
            case csv -> AcledCsv.write(w, rows, ledger.members(ids), ledger.outlets(ids));
            case geojson -> w.println(Json.MAPPER.writeValueAsString(GeoJson.collection(rows, ledger.members(ids))));
        }
        w.flush();
    }
}
