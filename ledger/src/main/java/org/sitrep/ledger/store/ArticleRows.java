package org.sitrep.ledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Article;

/** The articles table. */
final class ArticleRows {
    /**
     * An article already stored.
     *
     * @param byUrl whether it was found by its URL (else by its text)
     */
    record Stored(long id, String url, String sha, String engineVersion, boolean byUrl) {
    }

    private final Connection c;
    private final Dialect dialect;
    private final RowBuffer later;

    /** @param later where texts of new articles wait to be written */
    ArticleRows(Connection c, Dialect dialect, RowBuffer later) {
        this.c = c;
        this.dialect = dialect;
        this.later = later;
    }

    /** Stored articles with this URL or this text: at most one of each. */
    List<Stored> find(String url, String sha) throws SQLException {
        List<Stored> found = new ArrayList<>(2);
        String sql = url == null ? "SELECT id, url, text_sha256, engine_version FROM articles WHERE text_sha256 = ?"
                : "SELECT id, url, text_sha256, engine_version FROM articles WHERE text_sha256 = ? OR url = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, sha);
            if (url != null) {
                ps.setString(2, url);
            }
            ResultSet rs = ps.executeQuery();
            while (rs.next()) {
                String u = rs.getString(2);
                found.add(new Stored(rs.getLong(1), u, rs.getString(3), rs.getString(4), url != null && url.equals(u)));
            }
        }
        return found;
    }

    long insert(Article a, String sha, String engineVersion, Instant now) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO articles (source_id, url, outlet, published,"
                + " text_sha256, engine_version, ingested_at, extracted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            Params.bind(ps, a.id(), a.url(), a.outlet(), day(a.published()), sha, engineVersion);
            dialect.setInstant(ps, 7, now);
            dialect.setInstant(ps, 8, now);
            ResultSet rs = ps.executeQuery();
            rs.next();
            id = rs.getLong(1);
        }
        later.add("INSERT INTO article_texts (article_id, text) VALUES (?, ?)", id, a.text());
        return id;
    }

    /** A new extraction (and perhaps a revised text) for a stored article; when it was first ingested stays. */
    void update(long id, Article a, String sha, String engineVersion, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE articles SET source_id = ?, url = COALESCE(?, url),"
                + " outlet = COALESCE(?, outlet), published = COALESCE(?, published), text_sha256 = ?,"
                + " engine_version = ?, extracted_at = ? WHERE id = ?")) {
            Params.bind(ps, a.id(), a.url(), a.outlet(), day(a.published()), sha, engineVersion);
            dialect.setInstant(ps, 7, now);
            ps.setLong(8, id);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE article_texts SET text = ? WHERE article_id = ? AND text <> ?")) {
            ps.setString(1, a.text());
            ps.setLong(2, id);
            ps.setString(3, a.text());
            ps.executeUpdate();
        }
    }

    static Integer day(LocalDate d) {
        return d == null ? null : (int) d.toEpochDay();
    }
}
