package me.snaq.inventory.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.Predicate;

/**
 * A real HTTP receiver for webhook tests: a JDK {@code HttpServer} on a free loopback port that
 * records every request (headers, body, arrival) and answers with the status the test chose for the
 * n-th request (200 unless told otherwise).
 */
public final class WebhookReceiver implements AutoCloseable {
  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final AtomicInteger count = new AtomicInteger();
  private volatile IntUnaryOperator statusOfNth = n -> 200;
  private volatile IntFunction<Duration> delayOfNth = n -> Duration.ZERO;
  private volatile boolean endless;
  private final ExecutorService handlers =
      Executors.newFixedThreadPool(
          8,
          task -> {
            Thread thread = new Thread(task, "webhook-receiver");
            thread.setDaemon(true);
            return thread;
          });

  /** One request as it arrived. */
  public record Received(Map<String, String> headers, String body, Instant at) {
    public JsonPath json() {
      return JsonPath.from(body);
    }

    public String type() {
      return json().getString("type");
    }

    public String header(String name) {
      return headers.get(name.toLowerCase());
    }
  }

  public WebhookReceiver() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.setExecutor(handlers);
    server.start();
  }

  /** Answers the n-th request (from 1) with {@code status.applyAsInt(n)}. */
  public WebhookReceiver answering(IntUnaryOperator status) {
    this.statusOfNth = status;
    return this;
  }

  /** Holds the n-th request (from 1) this long before answering it: a slow receiver. */
  public WebhookReceiver delaying(IntFunction<Duration> delay) {
    this.delayOfNth = delay;
    return this;
  }

  /** Answers with a body that never ends: 128 KiB, then nothing more for a minute. */
  public WebhookReceiver answeringWithEndlessBodies() {
    this.endless = true;
    return this;
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
  }

  public List<Received> received() {
    return List.copyOf(received);
  }

  public List<Received> received(Predicate<Received> which) {
    return received.stream().filter(which).toList();
  }

  /** Waits until at least {@code n} requests that match arrived; returns them. */
  public List<Received> await(Predicate<Received> which, int n, Duration within) {
    Instant deadline = Instant.now().plus(within);
    while (Instant.now().isBefore(deadline)) {
      List<Received> matching = received(which);
      if (matching.size() >= n) {
        return matching;
      }
      sleep(50);
    }
    throw new AssertionError(
        "expected "
            + n
            + " matching webhook requests within "
            + within
            + ", got "
            + received(which).size()
            + " of "
            + received.size());
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Map<String, String> headers = new java.util.HashMap<>();
      exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), v.get(0)));
      received.add(new Received(headers, body, Instant.now()));
      int nth = count.incrementAndGet();
      sleep(delayOfNth.apply(nth).toMillis());
      int status = statusOfNth.applyAsInt(nth);
      if (endless) {
        exchange.sendResponseHeaders(status, 0);
        exchange.getResponseBody().write(new byte[128 * 1024]);
        exchange.getResponseBody().flush();
        sleep(60_000);
        return;
      }
      byte[] answer = "ok".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(status, answer.length);
      exchange.getResponseBody().write(answer);
    } finally {
      exchange.close();
    }
  }

  public static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    handlers.shutdownNow();
  }
}
