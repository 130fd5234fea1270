package me.snaq.inventory.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignatureTest {
  private static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);

  @Test
  void shouldSignTheStandardWebhooksReferenceVectorAsTheSpecificationDoes() {
    assertThat(
            Signature.header(
                List.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"),
                "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330,
                BODY))
        .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  }

  @Test
  void shouldSignWithEverySecretSpaceSeparatedNewestFirst() {
    String newer = Signature.newSecret();
    String older = Signature.newSecret();
    String header = Signature.header(List.of(newer, older), "evt_1", 1700000000, BODY);
    assertThat(header.split(" "))
        .containsExactly(
            "v1," + Signature.sign(newer, "evt_1", 1700000000, BODY),
            "v1," + Signature.sign(older, "evt_1", 1700000000, BODY));
  }

  @Test
  void shouldMakeSecretsOf32RandomBytes() {
    String secret = Signature.newSecret();
    assertThat(secret).startsWith("whsec_").isNotEqualTo(Signature.newSecret());
    assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
  }
}
