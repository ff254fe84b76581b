/**
 * Writing what sitrep extracted: one JSON object per line in the shape of
 * {@code shared/eval/OUTPUT.md}, with every field present (nulls included) and dates as
 * {@code YYYY-MM-DD} strings.
 */
package org.sitrep.app.output;
