/**
 * What {@code sitrep serve} needs from the command's side: the browser's ingest batches read with the
 * same readers and engine as {@code sitrep ingest}.
 */
package org.sitrep.app.serve;
