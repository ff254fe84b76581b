package org.sitrep.gazetteer.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.sitrep.gazetteer.format.SourceFile;

/**
 * One GeoNames tab-separated file, read whole, with the provenance the index header records.
 *
 * @param provenance size, hash, dates and row count
 * @param rows       data rows, comments ({@code #}) and blank lines skipped
 */
record TsvFile(SourceFile provenance, List<Row> rows) {

    /** A data row and its 1-based line number, for error messages. */
    record Row(String file, int line, String[] fields) {
        String field(int i) {
            return i < fields.length ? fields[i] : "";
        }

        IOException error(String problem) {
            return new IOException(file + ":" + line + ": " + problem);
        }
    }

    /**
     * @param minColumns the fewest columns a row may have
     * @param dateColumn column holding a yyyy-MM-dd modification date, or -1
     */
    static TsvFile read(Path path, int minColumns, int dateColumn) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        String file = path.getFileName().toString();
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<Row> rows = new ArrayList<>();
        String newest = "";
        int lineNo = 0;
        for (String line : text.split("\n", -1)) {
            lineNo++;
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            Row row = new Row(file, lineNo, fields);
            if (fields.length < minColumns) {
                throw row.error("expected " + minColumns + " tab-separated columns, found " + fields.length);
            }
            if (dateColumn >= 0 && fields[dateColumn].compareTo(newest) > 0) {
                newest = fields[dateColumn];
            }
            rows.add(row);
        }
        String fileDate = Files.getLastModifiedTime(path).toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        return new TsvFile(new SourceFile(file, rows.size(), bytes.length, sha256(bytes), fileDate, newest), rows);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
