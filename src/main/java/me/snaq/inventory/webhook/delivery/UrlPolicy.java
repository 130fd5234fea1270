package me.snaq.inventory.webhook.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import me.snaq.inventory.shared.error.ValidationFailedException;
import me.snaq.inventory.webhook.WebhookSettings;

/**
 * Where webhooks may go: an absolute URL with a host and no credentials; {@code https} unless
 * {@code inventory.webhooks.allow-http}; and no host resolving to a loopback, link-local, private,
 * carrier-grade NAT, multicast or unspecified address unless {@code
 * inventory.webhooks.allow-private-addresses}. Checked when an endpoint is saved and again before
 * every attempt (a name may resolve elsewhere by then).
 */
@ApplicationScoped
public class UrlPolicy {
  private final boolean allowHttp;
  private final boolean allowPrivate;

  public UrlPolicy(WebhookSettings settings) {
    this.allowHttp = settings.allowHttp();
    this.allowPrivate = settings.allowPrivateAddresses();
  }

  /** Refuses the URL with a 400 on {@code url} saying why. */
  public void check(String url) {
    refusal(url)
        .ifPresent(
            key -> {
              throw new ValidationFailedException("url", key);
            });
  }

  /** Why the URL is refused (a message key of the {@code field.*} entries), or empty. */
  public Optional<String> refusal(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return Optional.of("webhookUrl");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!uri.isAbsolute()
        || uri.getHost() == null
        || uri.getRawUserInfo() != null
        || !(scheme.equals("https") || scheme.equals("http"))) {
      return Optional.of("webhookUrl");
    }
    if (scheme.equals("http") && !allowHttp) {
      return Optional.of("webhookHttps");
    }
    if (allowPrivate) {
      return Optional.empty();
    }
    try {
      for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
        if (isPrivate(address)) {
          return Optional.of("webhookPrivateAddress");
        }
      }
    } catch (UnknownHostException e) {
      return Optional.of("webhookUnresolved");
    }
    return Optional.empty();
  }

  static boolean isPrivate(InetAddress address) {
    if (address.isLoopbackAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isAnyLocalAddress()
        || address.isMulticastAddress()) {
      return true;
    }
    byte[] bytes = address.getAddress();
    if (address instanceof Inet6Address) {
      return (bytes[0] & 0xfe) == 0xfc; // fc00::/7, unique local
    }
    return (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64; // 100.64.0.0/10, carrier NAT
  }
}
