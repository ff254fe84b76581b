package org.sitrep.ledger.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/** Nullable values in and out of JDBC, the same way on both drivers. */
final class Params {
    private Params() {
    }

    static void set(PreparedStatement ps, int i, Object v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.NULL);
        } else if (v instanceof Integer n) {
            ps.setInt(i, n);
        } else if (v instanceof Long n) {
            ps.setLong(i, n);
        } else if (v instanceof Double d) {
            ps.setDouble(i, d);
        } else if (v instanceof Boolean b) {
            ps.setInt(i, b ? 1 : 0);
        } else {
            ps.setString(i, v.toString());
        }
    }

    /**
     * Binds each value in order, from parameter 1. On the driver's own statement: a statement from
     * {@link StatementCache} passes each call on by reflection, which cost more than the binding itself.
     */
    static void bind(PreparedStatement ps, Object... values) throws SQLException {
        PreparedStatement target = ps.unwrap(PreparedStatement.class);
        for (int i = 0; i < values.length; i++) {
            set(target, i + 1, values[i]);
        }
    }

    static Integer integer(ResultSet rs, int col) throws SQLException {
        int v = rs.getInt(col);
        return rs.wasNull() ? null : v;
    }

    static Long longOrNull(ResultSet rs, int col) throws SQLException {
        long v = rs.getLong(col);
        return rs.wasNull() ? null : v;
    }

    static Double dbl(ResultSet rs, int col) throws SQLException {
        double v = rs.getDouble(col);
        return rs.wasNull() ? null : v;
    }

    static Integer integer(ResultSet rs, String col) throws SQLException {
        Object o = rs.getObject(col);
        return o == null ? null : ((Number) o).intValue();
    }

    static Long longOrNull(ResultSet rs, String col) throws SQLException {
        Object o = rs.getObject(col);
        return o == null ? null : ((Number) o).longValue();
    }

    static Double dbl(ResultSet rs, String col) throws SQLException {
        Object o = rs.getObject(col);
        return o == null ? null : ((Number) o).doubleValue();
    }
}
