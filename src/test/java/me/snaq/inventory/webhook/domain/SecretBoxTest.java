package me.snaq.inventory.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SecretBoxTest {
  private final SecretBox box = SecretBox.fromPassphrase("a passphrase of some length");

  @Test
  void shouldOpenWhatItSealedAndSealTheSameSecretDifferentlyEachTime() {
    String secret = Signature.newSecret();
    String sealed = box.seal(secret);
    assertThat(sealed).startsWith("v1:").doesNotContain(secret.substring(6));
    assertThat(box.seal(secret)).isNotEqualTo(sealed);
    assertThat(box.open(sealed)).isEqualTo(secret);
  }

  @Test
  void shouldRefuseToOpenUnderAnotherKeyOrWhenTamperedWith() {
    String sealed = box.seal(Signature.newSecret());
    assertThatThrownBy(() -> SecretBox.fromPassphrase("another passphrase!").open(sealed))
        .isInstanceOf(IllegalStateException.class);
    String tampered =
        sealed.substring(0, sealed.length() - 2) + (sealed.endsWith("A=") ? "B=" : "A=");
    assertThatThrownBy(() -> box.open(tampered)).isInstanceOf(IllegalStateException.class);
  }
}
