package me.snaq.inventory.webhook.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import me.snaq.inventory.webhook.WebhookSettings;
import org.junit.jupiter.api.Test;

class UrlPolicyTest {

  private static UrlPolicy policy(boolean allowHttp, boolean allowPrivate) {
    WebhookSettings settings =
        (WebhookSettings)
            java.lang.reflect.Proxy.newProxyInstance(
                WebhookSettings.class.getClassLoader(),
                new Class<?>[] {WebhookSettings.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "allowHttp" -> allowHttp;
                      case "allowPrivateAddresses" -> allowPrivate;
                      default -> throw new UnsupportedOperationException(method.getName());
                    });
    return new UrlPolicy(settings);
  }

  @Test
  void shouldTakeOnlyAbsoluteHttpUrlsWithAHostAndNoCredentials() {
    UrlPolicy open = policy(true, true);
    assertThat(open.refusal("https://hooks.example.com/x")).isEmpty();
    assertThat(open.refusal("http://127.0.0.1:8080/x")).isEmpty();
    for (String url : List.of("ftp://a.example/x", "/relative", "https://u:p@a.example/x", "a b")) {
      assertThat(open.refusal(url)).as(url).contains("webhookUrl");
    }
  }

  @Test
  void shouldRequireHttpsUnlessHttpIsAllowed() {
    assertThat(policy(false, true).refusal("http://hooks.example.com/x")).contains("webhookHttps");
    assertThat(policy(false, true).refusal("https://hooks.example.com/x")).isEmpty();
  }

  @Test
  void shouldRefuseHostsThatResolveToPrivateAddresses() {
    UrlPolicy strict = policy(false, false);
    for (String host :
        List.of(
            "127.0.0.1",
            "localhost",
            "10.1.2.3",
            "192.168.0.9",
            "169.254.169.254",
            "[::1]",
            "100.64.0.1",
            "0.0.0.0")) {
      assertThat(strict.refusal("https://" + host + "/x"))
          .as(host)
          .isEqualTo(Optional.of("webhookPrivateAddress"));
    }
  }

  @Test
  void shouldTellPublicFromPrivateAddresses() throws UnknownHostException {
    assertThat(UrlPolicy.isPrivate(InetAddress.getByName("8.8.8.8"))).isFalse();
    assertThat(UrlPolicy.isPrivate(InetAddress.getByName("172.16.5.4"))).isTrue();
    assertThat(UrlPolicy.isPrivate(InetAddress.getByName("fd12::1"))).isTrue();
    assertThat(UrlPolicy.isPrivate(InetAddress.getByName("2001:db8::1"))).isFalse();
  }
}
