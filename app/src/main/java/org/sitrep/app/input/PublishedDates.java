package org.sitrep.app.input;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Publication dates of plain-text articles kept beside them: a {@code published.tsv} in the file's
 * directory, one line per file ({@code file-name<TAB>YYYY-MM-DD}, {@code #} comments). A text file
 * carries no metadata, and a folder of articles saved from the web usually comes with such a list.
 */
public final class PublishedDates {
    /** The sidecar's file name. */
    public static final String FILE = "published.tsv";

    private final Map<Path, Map<String, LocalDate>> byDirectory = new HashMap<>();

    /** The date listed for {@code file}, or null when no sidecar lists it. */
    public LocalDate of(Path file) throws InputProblem {
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null) {
            return null;
        }
        Map<String, LocalDate> dates = byDirectory.get(dir);
        if (dates == null) {
            dates = read(dir.resolve(FILE));
            byDirectory.put(dir, dates);
        }
        return dates.get(file.getFileName().toString());
    }

    private static Map<String, LocalDate> read(Path sidecar) throws InputProblem {
        Map<String, LocalDate> dates = new HashMap<>();
        if (!Files.isRegularFile(sidecar)) {
            return dates;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(sidecar, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputProblem(sidecar.toString(), "cannot read (" + e.getMessage() + ")");
        }
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != 2) {
                throw new InputProblem(sidecar + ":" + (n + 1), "expected 'file-name<TAB>YYYY-MM-DD'");
            }
            try {
                dates.put(cols[0].strip(), LocalDate.parse(cols[1].strip()));
            } catch (DateTimeParseException e) {
                throw new InputProblem(sidecar + ":" + (n + 1), "not a date: '" + cols[1].strip() + "' (expected YYYY-MM-DD)");
            }
        }
        return dates;
    }
}
