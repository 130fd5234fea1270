package me.snaq.inventory.shared.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import me.snaq.inventory.shared.error.ValidationFailedException;

/**
 * Runs a stock-changing operation at most once per caller and {@code Idempotency-Key}.
 *
 * <p>The key row is inserted in the operation's own transaction before it runs. A second request
 * with the same key blocks on that insert until the first transaction ends: if it committed, the
 * stored response is replayed (or, for another request body, refused with 422); if it rolled back,
 * the second request runs as if it were the first. So concurrent duplicates have exactly one
 * winner, and a key never records an effect that did not happen.
 */
@ApplicationScoped
public class Idempotency {
  public static final String HEADER = "Idempotency-Key";
  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,128}");

  private final EntityManager entityManager;
  private final ObjectMapper json;

  public Idempotency(EntityManager entityManager, ObjectMapper json) {
    this.entityManager = entityManager;
    this.json = json;
  }

  /**
   * Runs {@code action} unless this caller already ran this key; {@code operation} names the method
   * and path, {@code request} is the body whose fingerprint must match on a repeat.
   */
  @Transactional
  public IdempotentResult run(
      String caller, String key, String operation, Object request, Supplier<Outcome> action) {
    if (key == null) {
      return unkeyed(action.get());
    }
    String fingerprint = fingerprint(key, operation, request);
    int claimed =
        entityManager
            .createNativeQuery(
                """
                INSERT INTO shared_idempotency_key (caller, idempotency_key, operation,
                request_hash) VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING
                """)
            .setParameter(1, caller)
            .setParameter(2, key)
            .setParameter(3, operation)
            .setParameter(4, fingerprint)
            .executeUpdate();
    if (claimed == 0) {
      return find(caller, key, fingerprint);
    }
    IdempotentResult result = fresh(action.get());
    entityManager
        .createNativeQuery(
            """
            UPDATE shared_idempotency_key SET status = ?3, location = ?4, body = ?5
            WHERE caller = ?1 AND idempotency_key = ?2
            """)
        .setParameter(1, caller)
        .setParameter(2, key)
        .setParameter(3, result.status())
        .setParameter(4, result.location())
        .setParameter(5, result.body())
        .executeUpdate();
    return result;
  }

  /**
   * For batches whose items commit one by one (each in its own transaction): replays a stored
   * response, or runs the batch and stores its response afterwards. Concurrent duplicates may both
   * run; the items' own uniqueness (a lot code is received once) keeps stock from doubling, and the
   * first stored response is the one replayed later.
   */
  public IdempotentResult runBatch(
      String caller, String key, String operation, Object request, Supplier<Outcome> action) {
    if (key == null) {
      return unkeyed(action.get());
    }
    String fingerprint = fingerprint(key, operation, request);
    IdempotentResult stored =
        QuarkusTransaction.requiringNew().call(() -> find(caller, key, fingerprint));
    if (stored != null) {
      return stored;
    }
    IdempotentResult result = fresh(action.get());
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                entityManager
                    .createNativeQuery(
                        """
                        INSERT INTO shared_idempotency_key (caller, idempotency_key, operation,
                        request_hash, status, location, body)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT DO NOTHING
                        """)
                    .setParameter(1, caller)
                    .setParameter(2, key)
                    .setParameter(3, operation)
                    .setParameter(4, fingerprint)
                    .setParameter(5, result.status())
                    .setParameter(6, result.location())
                    .setParameter(7, result.body())
                    .executeUpdate());
    return result;
  }

  private IdempotentResult find(String caller, String key, String fingerprint) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                """
                SELECT request_hash, status, location, body FROM shared_idempotency_key
                WHERE caller = ?1 AND idempotency_key = ?2
                """)
            .setParameter(1, caller)
            .setParameter(2, key)
            .getResultList();
    if (rows.isEmpty()) {
      return null;
    }
    Object[] row = rows.get(0);
    if (!fingerprint.equals(row[0])) {
      throw new IdempotencyKeyReusedException(key);
    }
    return new IdempotentResult(
        ((Number) row[1]).intValue(), (String) row[2], (String) row[3], true);
  }

  /**
   * The result of an outcome produced under no key: answered once, stored nowhere, its body left
   * for the web layer to write (not serialized here, on the thread that produced it).
   */
  public static IdempotentResult unkeyed(Outcome outcome) {
    return new IdempotentResult(outcome.status(), outcome.location(), outcome.body(), false);
  }

  /** The result of an outcome just produced under a key, its body as the JSON to store. */
  private IdempotentResult fresh(Outcome outcome) {
    try {
      return new IdempotentResult(
          outcome.status(), outcome.location(), json.writeValueAsString(outcome.body()), false);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A response body could not be written as JSON", e);
    }
  }

  /** Checks the key's shape and fingerprints the request it is used for. */
  private String fingerprint(String key, String operation, Object request) {
    if (!KEY.matcher(key).matches()) {
      throw new ValidationFailedException(HEADER, "idempotencyKey");
    }
    try {
      byte[] text =
          (operation + "\n" + json.writeValueAsString(request)).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("A request could not be fingerprinted", e);
    }
  }

  /** What an operation answers: status, optional Location, and the body to serialize. */
  public record Outcome(int status, String location, Object body) {
    public static Outcome ok(Object body) {
      return new Outcome(200, null, body);
    }

    public static Outcome created(String location, Object body) {
      return new Outcome(201, location, body);
    }
  }
}
