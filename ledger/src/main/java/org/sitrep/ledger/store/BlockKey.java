package org.sitrep.ledger.store;

/**
 * One blocking key: the stored events with this event type and this value in one of the blocking
 * columns, which is what one index range of {@code events_block_*} holds.
 *
 * @param eventType ACLED event type
 * @param column    {@code cell}, {@code area} or {@code country}
 * @param precision the place precision code the key is limited to ({@code town}, {@code region},
 *                  {@code country}); null for {@code cell}, which only town events have
 * @param value     the cell number, or the area or country code
 */
record BlockKey(String eventType, String column, String precision, Object value) {
    static final String CELL = "cell";
    static final String AREA = "area";
    static final String COUNTRY = "country";
}
