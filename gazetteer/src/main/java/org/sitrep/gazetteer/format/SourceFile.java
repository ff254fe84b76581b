package org.sitrep.gazetteer.format;

/**
 * Provenance of one GeoNames input file, recorded in the index header so a shipped index says what it
 * was built from.
 *
 * @param name          file name ("cities500.txt")
 * @param rows          data rows read (comments and blank lines excluded)
 * @param bytes         file size
 * @param sha256        hex SHA-256 of the file
 * @param fileDate      the file's last-modified date (UTC, yyyy-MM-dd)
 * @param newestRowDate the newest GeoNames modification date among its rows, or "" when the file has none
 */
public record SourceFile(String name, int rows, long bytes, String sha256, String fileDate, String newestRowDate) {
}
