package org.sitrep.ledger.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A connection that keeps its prepared statements: SQLite compiles every statement it is given, and
 * ingesting prepared the same dozen statements for every event (a third of the writer's time went into
 * compiling SQL). The repository code stays plain JDBC: {@code close()} on a statement from here only
 * closes its result set and clears its parameters, and the statement is handed out again for the same
 * SQL. Closing the connection closes them all. For one thread, like the connection itself.
 */
final class StatementCache {
    /** Distinct SQL strings kept; queries built from filters make a few more than the writer's fixed set. */
    private static final int MAX = 128;

    private StatementCache() {
    }

    static Connection wrap(Connection raw) {
        Map<String, PreparedStatement> cache = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
                if (size() > MAX) {
                    closeQuietly(eldest.getValue());
                    return true;
                }
                return false;
            }
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.equals("prepareStatement") && args.length == 1) {
                        String sql = (String) args[0];
                        PreparedStatement ps = cache.get(sql);
                        if (ps == null) {
                            ps = reusable(raw.prepareStatement(sql));
                            cache.put(sql, ps);
                        }
                        return ps;
                    }
                    if (name.equals("close")) {
                        cache.values().forEach(StatementCache::closeQuietly);
                        cache.clear();
                    }
                    if (name.equals("unwrap") && ((Class<?>) args[0]).isInstance(raw)) {
                        return raw;
                    }
                    return invoke(raw, method, args);
                });
    }

    /** A statement whose close() only makes it ready for the next use. */
    private static PreparedStatement reusable(PreparedStatement real) {
        ResultSet[] open = new ResultSet[1];
        return (PreparedStatement) Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "close" -> {
                            if (open[0] != null) {
                                open[0].close();
                                open[0] = null;
                            }
                            real.clearParameters();
                            return null;
                        }
                        case "executeQuery" -> {
                            if (open[0] != null) {
                                open[0].close();
                            }
                            open[0] = (ResultSet) invoke(real, method, args);
                            return open[0];
                        }
                        case "unwrap" -> {
                            return real;
                        }
                        default -> {
                            return invoke(real, method, args);
                        }
                    }
                });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Only the real statements: the cached proxies would merely reset themselves. */
    private static void closeQuietly(PreparedStatement ps) {
        try {
            ps.unwrap(PreparedStatement.class).close();
        } catch (SQLException ignored) {
            // Closing anyway; nothing to tell.
        }
    }
}
