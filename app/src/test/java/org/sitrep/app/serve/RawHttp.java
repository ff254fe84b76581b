package org.sitrep.app.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for bodies no ordinary client should build in memory: the body is
 * generated as it is sent (a prefix, then filler bytes, then a suffix), with a Content-Length or chunked,
 * and the reply is read while the body is still going out, as curl and browsers do (a server may answer
 * 413 before reading a byte, then close).
 */
final class RawHttp {
    /** What came back: the status, the headers (names in lower case), the body. */
    record Reply(int status, Map<String, String> headers, String body) {
    }

    private RawHttp() {
    }

    /**
     * @param head    the request line and headers, each ending in CRLF, without Content-Length or the blank line
     * @param filler  how many filler bytes ('a') go between prefix and suffix
     * @param chunked whether the body is sent chunked (no length declared) rather than with a Content-Length
     */
    static Reply send(int port, String head, byte[] prefix, long filler, byte[] suffix, boolean chunked) throws IOException {
        long length = prefix.length + filler + suffix.length;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(120_000);
            String headers = head + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + length + "\r\n") + "\r\n";
            OutputStream out = socket.getOutputStream();
            Thread writer = new Thread(() -> {
                try {
                    out.write(headers.getBytes(StandardCharsets.ISO_8859_1));
                    write(out, prefix, chunked);
                    byte[] block = new byte[64 * 1024];
                    Arrays.fill(block, (byte) 'a');
                    for (long left = filler; left > 0; left -= block.length) {
                        write(out, left >= block.length ? block : Arrays.copyOf(block, (int) left), chunked);
                    }
                    write(out, suffix, chunked);
                    if (chunked) {
                        out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    }
                    out.flush();
                } catch (IOException e) {
                    // The server answered and closed before taking the whole body: the reply says why.
                }
            }, "raw-http-body");
            writer.setDaemon(true);
            writer.start();
            Reply r = read(socket.getInputStream());
            socket.close();
            return r;
        }
    }

    static Reply send(int port, String head) throws IOException {
        return send(port, head, new byte[0], 0, new byte[0], false);
    }

    private static void write(OutputStream out, byte[] bytes, boolean chunked) throws IOException {
        if (bytes.length == 0) {
            return;
        }
        if (chunked) {
            out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        out.write(bytes);
        if (chunked) {
            out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    private static Reply read(InputStream in) throws IOException {
        String status = line(in);
        if (status == null) {
            throw new IOException("the server closed the connection without a reply");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String l = line(in); l != null && !l.isEmpty(); l = line(in)) {
            int colon = l.indexOf(':');
            headers.put(l.substring(0, colon).strip().toLowerCase(Locale.ROOT), l.substring(colon + 1).strip());
        }
        int code = Integer.parseInt(status.split(" ")[1]);
        if (code == 100) {
            return read(in);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String length = headers.get("content-length");
        if (length != null) {
            body.write(in.readNBytes(Integer.parseInt(length)));
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            for (int n = Integer.parseInt(line(in).strip(), 16); n > 0; n = Integer.parseInt(line(in).strip(), 16)) {
                body.write(in.readNBytes(n));
                line(in);
            }
        }
        return new Reply(code, headers, body.toString(StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            if (c != '\r') {
                b.write(c);
            }
        }
        return c < 0 && b.size() == 0 ? null : b.toString(StandardCharsets.ISO_8859_1);
    }
}
