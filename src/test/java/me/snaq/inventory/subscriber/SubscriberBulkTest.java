package me.snaq.inventory.subscriber;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import me.snaq.inventory.shared.security.Role;
import me.snaq.inventory.support.Api;
import me.snaq.inventory.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * A full bulk request: 10,000 realistic profiles in one PUT. Prints how long it took (a figure, not
 * a check: timings on a shared machine are noisy). The requests bypass the test client and its
 * contract filter so the time is the service's; the other subscriber tests check the contract.
 */
@QuarkusTest
class SubscriberBulkTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static long lastMillis;
  private static final String[] LEVELS = {"LOVE", "LIKE", "LIKE", "OK", "OK", "OK", "DISLIKE"};

  @Test
  void shouldCreateTenThousandProfilesInOneRequestThenFindThemUnchanged() throws Exception {
    String brand = TestData.createBoxLine();
    List<String> skus =
        IntStream.range(0, 40).mapToObj(i -> TestData.createProduct("nuts", brand)).toList();
    String prefix = TestData.unique("bulk");
    List<Map<String, Object>> profiles =
        IntStream.range(0, SubscriberService.MAX_ITEMS)
            .mapToObj(i -> profile(prefix + "-" + i, brand, skus, new Random(i)))
            .toList();
    send(profiles.subList(0, 500)); // warms the path up; these 500 are created here

    JsonPath first = send(profiles);
    long createdMillis = lastMillis;
    JsonPath second = send(profiles);
    long unchangedMillis = lastMillis;

    assertThat(first.getInt("created")).isEqualTo(SubscriberService.MAX_ITEMS - 500);
    assertThat(first.getInt("unchanged")).isEqualTo(500);
    assertThat(first.getInt("rejected")).isZero();
    assertThat(first.getList("items.index", Integer.class))
        .containsExactlyElementsOf(
            IntStream.range(0, SubscriberService.MAX_ITEMS).boxed().toList());
    assertThat(second.getInt("unchanged")).isEqualTo(SubscriberService.MAX_ITEMS);
    System.out.printf(
        "%n  Bulk upsert of %,d profiles: %,d ms creating, %,d ms finding them unchanged%n%n",
        SubscriberService.MAX_ITEMS, createdMillis, unchangedMillis);
  }

  /**
   * Sends the profiles, serialized beforehand, with the JDK's client: the time measured is the
   * request's, not the test client's handling of a large body.
   */
  private static JsonPath send(List<Map<String, Object>> profiles) throws Exception {
    byte[] body = JSON.writeValueAsBytes(profiles);
    long started = System.nanoTime();
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/v1/subscribers"))
                .header("Authorization", "Bearer " + Api.key(Role.STAFF))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    lastMillis = (System.nanoTime() - started) / 1_000_000;
    assertThat(response.statusCode()).isEqualTo(200);
    return new JsonPath(response.body());
  }

  /** About 20 ratings, skewed towards LIKE and OK, a few NG SKUs and requests. */
  private static Map<String, Object> profile(
      String id, String brand, List<String> skus, Random random) {
    Map<String, Object> profile = TestData.subscriber(id, brand);
    List<String> shuffled = new ArrayList<>(skus);
    java.util.Collections.shuffle(shuffled, random);
    Map<String, String> ratings = new HashMap<>();
    shuffled.subList(0, 15 + random.nextInt(10)).forEach(sku -> ratings.put(sku, level(random)));
    profile.put("ratings", ratings);
    profile.put("ngSkus", shuffled.subList(30, 30 + random.nextInt(4)));
    profile.put("requests", shuffled.subList(35, 35 + random.nextInt(3)));
    profile.put("excludedIngredients", random.nextInt(5) == 0 ? List.of("peanut") : List.of());
    profile.put("likedCategories", List.of("nuts", "chocolate"));
    return profile;
  }

  private static String level(Random random) {
    return LEVELS[random.nextInt(LEVELS.length)];
  }
}
