import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The webhook benchmark's receiver: answers every POST 200 at once and counts them; GET /count
 * tells how many arrived. Run as a single-file program: java WebhookReceiver.java <port>
 */
public class WebhookReceiver {
  public static void main(String[] args) throws Exception {
    AtomicLong received = new AtomicLong();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 256);
    server.createContext(
        "/",
        exchange -> {
          try (InputStream body = exchange.getRequestBody()) {
            body.readAllBytes();
            byte[] answer =
                ("POST".equals(exchange.getRequestMethod())
                        ? "ok"
                        : Long.toString(received.get()))
                    .getBytes(StandardCharsets.UTF_8);
            if ("POST".equals(exchange.getRequestMethod())) {
              received.incrementAndGet();
            }
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
          } finally {
            exchange.close();
          }
        });
    server.setExecutor(Executors.newFixedThreadPool(16));
    server.start();
    System.out.println("receiver listening on " + args[0]);
  }
}
