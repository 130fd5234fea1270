package me.snaq.inventory.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How webhooks are kept, sent and retried ({@code inventory.webhooks.*}). */
@ConfigMapping(prefix = "inventory.webhooks")
public interface WebhookSettings {
  /**
   * The passphrase (16+ characters) whose SHA-256 is the AES key endpoint secrets are stored under.
   * Without it no endpoint can be created.
   */
  Optional<String> secretKey();

  /** Waits after each failed attempt; a delivery failing one more time than listed is FAILED. */
  @WithDefault("5s,30s,2m,15m,1h,4h,12h")
  List<Duration> retryDelays();

  /** The most an attempt's wait may be moved either way, as a fraction of it (0.2: +-20%). */
  @WithDefault("0.2")
  double jitter();

  /** An attempt with no answer within this is a failure. */
  @WithDefault("10s")
  Duration timeout();

  /** An endpoint failing for this long (no success between) is disabled. */
  @WithDefault("24h")
  Duration disableAfter();

  /** How long the old secret keeps signing beside the new one after a rotation. */
  @WithDefault("24h")
  Duration rotationOverlap();

  /** Whether {@code http://} URLs are taken (production: {@code https://} only). */
  @WithDefault("false")
  boolean allowHttp();

  /** Whether URLs resolving to loopback, link-local or private addresses are taken. */
  @WithDefault("false")
  boolean allowPrivateAddresses();

  /** How often each replica looks for due deliveries when nothing woke it. */
  @WithDefault("1s")
  String every();

  /**
   * API requests a second on a replica above which its deliveries yield to them: one batch each
   * {@code every} until the rate falls, then all that is due; 0 never yields.
   */
  @WithDefault("200")
  int yieldAbove();

  /** Deliveries one replica claims at once, and sends at the same time. */
  @WithDefault("100")
  int batchSize();

  /** Delivered and failed deliveries (and their events) older than this are deleted. */
  @WithDefault("30d")
  Duration retention();
}
