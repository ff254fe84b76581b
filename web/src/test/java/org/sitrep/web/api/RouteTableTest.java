package org.sitrep.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every route gets from the table: its body limit before it runs, and a logged 503 if the heap runs out. */
class RouteTableTest {
    @Test
    void aRouteThatRunsOutOfMemoryIsLoggedAndAnswered503AndTheServerGoesOn() throws Exception {
        Javalin app = Javalin.create(c -> c.showJavalinBanner = false);
        app.exception(HttpResponseException.class, (e, ctx) -> ctx.status(e.getStatus()).json(Map.of("error", e.getMessage())));
        RouteTable table = new RouteTable(app);
        table.post("/api/heavy", ctx -> {
            throw new OutOfMemoryError("Java heap space (thrown by the test)");
        });
        table.post("/api/small", 16, ctx -> ctx.result(new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8)));
        PrintStream err = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        app.start("127.0.0.1", 0);
        try {
            System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
            HttpResponse<String> heavy = post(app.port(), "/api/heavy", "{}");
            assertThat(heavy.statusCode()).isEqualTo(503);
            assertThat(heavy.body()).contains("ran short of memory");
            assertThat(log.toString(StandardCharsets.UTF_8))
                    .startsWith("sitrep serve: out of memory during POST /api/heavy (Java heap space (thrown by the test))");
            assertThat(post(app.port(), "/api/small", "0123456789").body()).isEqualTo("0123456789");
            HttpResponse<String> large = post(app.port(), "/api/small", "0123456789abcdefg");
            assertThat(large.statusCode()).isEqualTo(413);
            assertThat(large.body()).contains("POST /api/small takes a body of at most 16 bytes");
        } finally {
            System.setErr(err);
            app.stop();
        }
    }

    private static HttpResponse<String> post(int port, String path, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
