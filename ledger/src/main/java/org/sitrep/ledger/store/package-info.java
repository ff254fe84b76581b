/**
 * JDBC storage of the ledger. One set of repository classes runs on both databases; what differs
 * between SQLite and PostgreSQL (migrations, session set-up, locking, full-text search, timestamps,
 * what an error means) sits behind the small {@link org.sitrep.ledger.store.Dialect} interface.
 * The schema is made by Flyway migrations, one folder per dialect, and its version is checked on open.
 */
package org.sitrep.ledger.store;
