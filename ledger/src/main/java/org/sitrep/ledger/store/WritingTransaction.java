package org.sitrep.ledger.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One writing transaction on a ledger: the write lock first (so two writers never merge incidents at
 * once), commit at the end, rollback on any failure, and autocommit again afterwards, so that no
 * transaction (and no SQLite write lock) stays open between writes. Driver errors come out as the
 * one-line {@link org.sitrep.ledger.LedgerException}.
 */
final class WritingTransaction {
    /** The work done inside. */
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** What a writer that remembers database state does at the edges of a transaction. */
    interface Hooks {
        /** Right after the lock is taken. */
        void begun() throws SQLException;

        /** After the commit. */
        void committed() throws SQLException;

        /** After a failure, before the rollback. */
        void failed();
    }

    static final Hooks NONE = new Hooks() {
        @Override
        public void begun() {
        }

        @Override
        public void committed() {
        }

        @Override
        public void failed() {
        }
    };

    private WritingTransaction() {
    }

    static <T> T run(Database db, Hooks hooks, Work<T> work) {
        Connection c = db.connection();
        try {
            c.setAutoCommit(false);
            try {
                db.dialect().lockForWriting(c);
                hooks.begun();
                T result = work.run(c);
                c.commit();
                hooks.committed();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                // An Error too (OutOfMemoryError above all): setAutoCommit(true) below would otherwise
                // commit the half-written transaction.
                hooks.failed();
                rollback(c);
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw db.explain(e);
        }
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // The first failure is the one to report; the database undoes an unfinished transaction itself.
        }
    }
}
