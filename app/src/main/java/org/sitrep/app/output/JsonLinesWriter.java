package org.sitrep.app.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import org.sitrep.model.Extraction;

/**
 * Writes one {@link Extraction} per line. Each line is flushed as soon as it is written, so a
 * consumer reading a pipe sees every article when it is done, and an interrupted run leaves only
 * whole lines behind.
 */
public final class JsonLinesWriter implements Closeable {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private final OutputStream out;
    private final boolean ownsStream;

    /** @param ownsStream whether {@link #close()} closes {@code out} (a file) or only flushes it (stdout) */
    public JsonLinesWriter(OutputStream out, boolean ownsStream) {
        this.out = out;
        this.ownsStream = ownsStream;
    }

    /** The mapper that gives the output shape, for other writers of the same records. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Writes one line: an {@link Extraction}, or any other record of the output contracts ({@code Geoparse}). */
    public void write(Object value) throws IOException {
        // One byte array per line: a line is never left half-written by a failing serialiser.
        byte[] line = MAPPER.writeValueAsBytes(value);
        out.write(line);
        out.write('\n');
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (ownsStream) {
            out.close();
        } else {
            out.flush();
        }
    }
}
