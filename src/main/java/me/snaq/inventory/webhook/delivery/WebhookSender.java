package me.snaq.inventory.webhook.delivery;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import me.snaq.inventory.webhook.WebhookSettings;
import me.snaq.inventory.webhook.domain.ClaimedDelivery;
import me.snaq.inventory.webhook.domain.MessageIds;
import me.snaq.inventory.webhook.domain.Signature;
import me.snaq.inventory.webhook.persistence.SecretStore;

/**
 * Sends one attempt of a delivery: the event as JSON, signed with every secret of the endpoint,
 * over HTTP/1.1 with keep-alive, no redirect followed, an answer due within the timeout and at most
 * 64 KiB of it read. On the Vert.x event loop the service already runs: a delivery costs a fraction
 * of an allocation's CPU. Never throws: every way an attempt can go wrong is an outcome.
 */
@ApplicationScoped
public class WebhookSender {
  static final int MAX_RESPONSE_BYTES = 64 * 1024;
  private static final String USER_AGENT = "snaq-inventory-webhooks/1";
  private static final int SECRETS_KEPT = 10_000;

  private final Vertx vertx;
  private final HttpClient client;
  private final Duration timeout;
  private final SecretStore secrets;
  private final UrlPolicy urls;

  /** Opened secrets by their sealed form: opening costs a cipher per attempt otherwise. */
  private final Map<String, String> opened = new ConcurrentHashMap<>();

  public WebhookSender(Vertx vertx, WebhookSettings settings, SecretStore secrets, UrlPolicy urls) {
    this.vertx = vertx;
    this.timeout = settings.timeout();
    this.secrets = secrets;
    this.urls = urls;
    this.client =
        vertx.createHttpClient(
            new HttpClientOptions()
                .setProtocolVersion(HttpVersion.HTTP_1_1)
                .setKeepAlive(true)
                .setMaxPoolSize(32)
                .setConnectTimeout((int) timeout.toMillis())
                .setTryUseCompression(false)
                .setDecompressionSupported(false));
  }

  /** What an attempt came to: the receiver's status (null when none came) and how long it took. */
  public record Outcome(Integer status, int durationMs, String error) {
    public boolean succeeded() {
      return status != null && status >= 200 && status < 300;
    }
  }

  public CompletableFuture<Outcome> send(ClaimedDelivery delivery) {
    long start = System.nanoTime();
    try {
      String refusal = urls.refusal(delivery.url()).orElse(null);
      if (refusal != null) {
        return CompletableFuture.completedFuture(new Outcome(null, 0, "refused: " + refusal));
      }
      byte[] body = body(delivery);
      String id = MessageIds.of(delivery.eventId());
      long timestamp = Instant.now().getEpochSecond();
      List<String> signing = delivery.sealedSecrets().stream().map(this::open).toList();
      RequestOptions request =
          new RequestOptions()
              .setMethod(HttpMethod.POST)
              .setAbsoluteURI(delivery.url())
              .setFollowRedirects(false)
              .setIdleTimeout(timeout.toMillis())
              .putHeader("content-type", "application/json")
              .putHeader("user-agent", USER_AGENT)
              .putHeader("webhook-id", id)
              .putHeader("webhook-timestamp", Long.toString(timestamp))
              .putHeader("webhook-signature", Signature.header(signing, id, timestamp, body));
      Promise<Outcome> outcome = Promise.promise();
      long deadline =
          vertx.setTimer(
              timeout.toMillis(),
              t -> outcome.tryComplete(new Outcome(null, millisSince(start), "timed out")));
      client
          .request(request)
          .onFailure(e -> outcome.tryComplete(new Outcome(null, millisSince(start), describe(e))))
          .onSuccess(sent -> exchange(sent, body, start, outcome));
      return outcome
          .future()
          .onComplete(done -> vertx.cancelTimer(deadline))
          .toCompletionStage()
          .toCompletableFuture();
    } catch (RuntimeException e) {
      return CompletableFuture.completedFuture(new Outcome(null, millisSince(start), describe(e)));
    }
  }

  /** Sends the body and reads at most {@link #MAX_RESPONSE_BYTES} of the answer. */
  private static void exchange(
      HttpClientRequest request, byte[] body, long start, Promise<Outcome> outcome) {
    outcome
        .future()
        .onSuccess(
            o -> {
              if (o.status() == null) {
                request.reset(); // timed out: stop waiting on the connection
              }
            });
    request
        .send(Buffer.buffer(body))
        .onFailure(e -> outcome.tryComplete(new Outcome(null, millisSince(start), describe(e))))
        .onSuccess(
            (HttpClientResponse response) -> {
              int status = response.statusCode();
              long[] read = {0};
              response.handler(
                  chunk -> {
                    read[0] += chunk.length();
                    if (read[0] > MAX_RESPONSE_BYTES
                        && outcome.tryComplete(new Outcome(status, millisSince(start), null))) {
                      request.reset();
                    }
                  });
              response.exceptionHandler(
                  e -> outcome.tryComplete(new Outcome(status, millisSince(start), null)));
              response.endHandler(
                  done -> outcome.tryComplete(new Outcome(status, millisSince(start), null)));
            });
  }

  /** {@code {id, type, occurredAt, brand, data}}: the same bytes for every attempt. */
  static byte[] body(ClaimedDelivery delivery) {
    StringBuilder json = new StringBuilder(delivery.data().length() + 160);
    json.append("{\"id\":").append(quoted(MessageIds.of(delivery.eventId())));
    json.append(",\"type\":").append(quoted(delivery.type()));
    json.append(",\"occurredAt\":").append(quoted(delivery.occurredAt().toString()));
    if (delivery.brand() != null) {
      json.append(",\"brand\":").append(quoted(delivery.brand()));
    }
    json.append(",\"data\":").append(delivery.data()).append('}');
    return json.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String quoted(String text) {
    return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
  }

  private String open(String sealed) {
    if (opened.size() > SECRETS_KEPT) {
      opened.clear();
    }
    return opened.computeIfAbsent(sealed, secrets::open);
  }

  private static int millisSince(long start) {
    return (int) Duration.ofNanos(System.nanoTime() - start).toMillis();
  }

  private static String describe(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause != cause.getCause()) {
      cause = cause.getCause();
    }
    String text = cause.getClass().getSimpleName() + ": " + cause.getMessage();
    return text.length() > 300 ? text.substring(0, 300) : text;
  }

  @PreDestroy
  void close() {
    client.close();
  }
}
