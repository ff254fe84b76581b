/**
 * Ingest from the browser: uploaded files and pasted texts become a batch, read and stored by the
 * {@link org.sitrep.web.ingest.ArticleIngest} the command wires in (the same readers and engine as
 * {@code sitrep ingest}), on a background thread, with progress the page polls.
 */
package org.sitrep.web.ingest;
