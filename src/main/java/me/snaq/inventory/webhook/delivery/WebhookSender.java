package me.snaq.inventory.webhook.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import me.snaq.inventory.webhook.WebhookSettings;
import me.snaq.inventory.webhook.domain.ClaimedDelivery;
import me.snaq.inventory.webhook.domain.MessageIds;
import me.snaq.inventory.webhook.domain.Signature;
import me.snaq.inventory.webhook.persistence.SecretStore;

/**
 * Sends one attempt of a delivery: the event as JSON, signed with every secret of the endpoint,
 * over HTTP/1.1 with no redirect followed, an answer due within the timeout and at most 64 KiB of
 * it read. Never throws: every way an attempt can go wrong is an outcome.
 */
@ApplicationScoped
public class WebhookSender {
  static final int MAX_RESPONSE_BYTES = 64 * 1024;
  private static final String USER_AGENT = "snaq-inventory-webhooks/1";

  private final HttpClient client;
  private final Duration timeout;
  private final ObjectMapper json;
  private final SecretStore secrets;
  private final UrlPolicy urls;

  public WebhookSender(
      WebhookSettings settings, ObjectMapper json, SecretStore secrets, UrlPolicy urls) {
    this.timeout = settings.timeout();
    this.json = json;
    this.secrets = secrets;
    this.urls = urls;
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(timeout)
            .build();
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
      List<String> signing = delivery.sealedSecrets().stream().map(secrets::open).toList();
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(delivery.url()))
              .timeout(timeout)
              .header("content-type", "application/json")
              .header("user-agent", USER_AGENT)
              .header("webhook-id", id)
              .header("webhook-timestamp", Long.toString(timestamp))
              .header("webhook-signature", Signature.header(signing, id, timestamp, body))
              .POST(HttpRequest.BodyPublishers.ofByteArray(body))
              .build();
      return client
          .sendAsync(request, info -> new LimitedBody())
          .orTimeout(timeout.toMillis() + 1_000, TimeUnit.MILLISECONDS)
          .handle(
              (response, failure) ->
                  failure == null
                      ? new Outcome(response.statusCode(), millisSince(start), null)
                      : new Outcome(null, millisSince(start), describe(failure)));
    } catch (RuntimeException e) {
      return CompletableFuture.completedFuture(new Outcome(null, millisSince(start), describe(e)));
    }
  }

  /** {@code {id, type, occurredAt, brand, data}}, the same bytes for every attempt. */
  byte[] body(ClaimedDelivery delivery) {
    try {
      ObjectNode event = json.createObjectNode();
      event.put("id", MessageIds.of(delivery.eventId()));
      event.put("type", delivery.type());
      event.put("occurredAt", delivery.occurredAt().toString());
      if (delivery.brand() != null) {
        event.put("brand", delivery.brand());
      }
      event.set("data", json.readTree(delivery.data()));
      return json.writeValueAsBytes(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored event that is not JSON", e);
    }
  }

  private static int millisSince(long start) {
    return (int) Duration.ofNanos(System.nanoTime() - start).toMillis();
  }

  private static String describe(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause != cause.getCause()) {
      cause = cause.getCause();
    }
    if (cause instanceof TimeoutException || cause instanceof HttpTimeoutException) {
      return "timed out";
    }
    String text = cause.getClass().getSimpleName() + ": " + cause.getMessage();
    return text.length() > 300 ? text.substring(0, 300) : text;
  }

  /** Reads at most {@link #MAX_RESPONSE_BYTES} of the answer, then stops listening. */
  private static final class LimitedBody implements HttpResponse.BodySubscriber<Void> {
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private Flow.Subscription subscription;
    private long read;

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      for (ByteBuffer buffer : buffers) {
        read += buffer.remaining();
      }
      if (read > MAX_RESPONSE_BYTES) {
        subscription.cancel();
        done.complete(null);
      } else {
        subscription.request(1);
      }
    }

    @Override
    public void onError(Throwable failure) {
      done.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
      done.complete(null);
    }

    @Override
    public CompletionStage<Void> getBody() {
      return done;
    }
  }
}
