package org.sitrep.web.guard;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The most bytes a route's request body may hold. A body that declares more (Content-Length) is refused
 * with 413 before a byte of it is read; one of undeclared length (chunked) is read through
 * {@link #stream}, which stops with 413 at the limit. Either way nobody can make the server hold more
 * than the limit in memory.
 */
public final class BodyLimit {
    private static final String KEY = "sitrep.bodyLimit";

    private BodyLimit() {
    }

    /** Refuses the request now when its declared length passes {@code max}; remembers {@code max} for {@link #stream}. */
    public static void check(Context ctx, long max) {
        ctx.attribute(KEY, max);
        long declared = ctx.req().getContentLengthLong();
        if (declared > max) {
            throw tooLarge(ctx, max);
        }
    }

    /** The body as a stream that refuses to read past the route's limit (or {@code max}, when smaller). */
    public static InputStream stream(Context ctx, long max) {
        Long routeMax = ctx.attribute(KEY);
        long limit = routeMax == null ? max : Math.min(max, routeMax);
        if (ctx.req().getContentLengthLong() > limit) {
            throw tooLarge(ctx, limit);
        }
        try {
            return new Bounded(ctx.req().getInputStream(), limit, ctx);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static HttpResponseException tooLarge(Context ctx, long max) {
        return new HttpResponseException(413, ctx.method() + " " + ctx.path() + " takes a body of at most " + size(max));
    }

    /** 4 KB, 6 MB: how limits are written in messages. */
    public static String size(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024) {
            return String.format(Locale.ROOT, "%d KB", bytes / 1024);
        }
        return bytes + " bytes";
    }

    private static final class Bounded extends FilterInputStream {
        private final long limit;
        private final Context ctx;
        private long read;

        Bounded(InputStream in, long limit, Context ctx) {
            super(in);
            this.limit = limit;
            this.ctx = ctx;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, (int) Math.min(len, limit - read + 1));
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw tooLarge(ctx, limit);
            }
        }
    }
}
