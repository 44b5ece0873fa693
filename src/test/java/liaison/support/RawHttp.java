package liaison.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * HTTP/1.1 written by hand on a socket, for what a well-behaved client will not send: a forged Host header, an
 * address the URI parser refuses, headers too long. One request a connection ("Connection: close").
 */
public final class RawHttp {
    private RawHttp() {
    }

    /** The answer: status, headers (name and value, in order) and body as text. */
    public record Answer(int status, List<String[]> headers, String body) {
        public Optional<String> header(String name) {
            return headers.stream().filter(h -> h[0].equalsIgnoreCase(name)).map(h -> h[1]).findFirst();
        }

        public List<String> all(String name) {
            return headers.stream().filter(h -> h[0].equalsIgnoreCase(name)).map(h -> h[1]).toList();
        }
    }

    /**
     * Sends the request line and header lines given (CRLF added, "Connection: close" and the blank line too),
     * then {@code body} if not null.
     */
    public static Answer send(int port, String body, String... lines) {
        StringBuilder request = new StringBuilder();
        for (String line : lines) {
            request.append(line).append("\r\n");
        }
        request.append("Connection: close\r\n");
        if (body != null) {
            request.append("Content-Length: ").append(body.getBytes(StandardCharsets.UTF_8).length).append("\r\n");
        }
        request.append("\r\n");
        if (body != null) {
            request.append(body);
        }
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                bytes.write(buffer, 0, n);
            }
        } catch (IOException e) {
            // the server may reset the connection after answering a request it refuses: keep what came
            if (bytes.size() == 0) {
                throw e;
            }
        }
        return bytes.toString(StandardCharsets.ISO_8859_1);
    }

    private static Answer parse(String raw) {
        int end = raw.indexOf("\r\n\r\n");
        String head = end < 0 ? raw : raw.substring(0, end);
        String body = end < 0 ? "" : raw.substring(end + 4);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        List<String[]> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.add(new String[] {lines[i].substring(0, colon).strip(), lines[i].substring(colon + 1).strip()});
            }
        }
        return new Answer(status, headers, body); // a chunked body keeps its chunk sizes: enough to search it
    }
}
