package me.snaq.inventory.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import me.snaq.inventory.support.Api;
import me.snaq.inventory.support.Race;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Every request looks its key up in the database, then works in a transaction of its own: the
 * lookup must give its connection back first, or with as many requests in flight as the pool has
 * connections each would hold one and wait forever for a second.
 */
@QuarkusTest
class ApiKeyUnderLoadTest {
  @ConfigProperty(name = "quarkus.datasource.jdbc.max-size")
  int poolSize;

  @Test
  void shouldServeTwiceAsManyRequestsAtOnceAsThePoolHasConnections() throws Exception {
    String key = Api.key(me.snaq.inventory.shared.security.Role.STAFF);

    List<Integer> statuses =
        Race.ofMany(
            2 * poolSize,
            () ->
                List.of(
                    Api.withKey(key).get("/v1/allocations?limit=1").statusCode(),
                    Api.withKey(key).get("/v1/lots?limit=1").statusCode()));

    assertThat(statuses).hasSize(4 * poolSize).containsOnly(200);
  }
}
