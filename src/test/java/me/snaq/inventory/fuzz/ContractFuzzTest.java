package me.snaq.inventory.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import me.snaq.inventory.shared.security.Role;
import me.snaq.inventory.support.Api;
import me.snaq.inventory.support.TestData;
import org.junit.jupiter.api.Test;

/**
 * Requests drawn from the committed contract for every operation, as STAFF, as a partner, as ADMIN
 * and with no key, half of them valid by the schema and half broken (wrong types, missing and extra
 * fields, nulls inside arrays, very long, unicode and injection strings), with a fixed seed. The
 * service must never answer 5xx, answer every error as problem+json, and answer only what the
 * contract says; a schema-valid request may be refused only with a status the operation documents;
 * and the ledger must reconcile afterwards. {@code -Dfuzz.requests=2000} runs longer (default 200
 * per operation), {@code -Dfuzz.seed} changes the draw.
 */
@QuarkusTest
class ContractFuzzTest {
  private static final int REQUESTS = Integer.getInteger("fuzz.requests", 200);
  private static final long SEED = Long.getLong("fuzz.seed", 20261203L);
  private final OpenAPI contract = new OpenAPIV3Parser().read("openapi/openapi.yaml");
  private final OpenApiInteractionValidator validator =
      OpenApiInteractionValidator.createForSpecificationUrl("openapi/openapi.yaml")
          .withLevelResolver(
              LevelResolver.create()
                  .withLevel("validation.request", ValidationReport.Level.IGNORE)
                  .build())
          .build();

  private record Sent(String operation, int status, String body, boolean valid) {}

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @Test
  void shouldAnswerEveryDrawnRequestAsTheContractSays() {
    Map<String, List<String>> known = knownValues();
    List<Long> endpointsBefore = webhookEndpoints();
    SplittableRandom random = new SplittableRandom(SEED);
    SchemaValues values = new SchemaValues(contract, random, known);
    String staff = Api.key(Role.STAFF);
    String partner = Api.partnerKey(known.get("brand").get(0));
    List<String> keys = java.util.Arrays.asList(staff, partner, null, Api.BOOTSTRAP_ADMIN_KEY);
    List<String> problems = new ArrayList<>();
    Map<String, int[]> byOperation = new TreeMap<>();
    contract
        .getPaths()
        .forEach(
            (template, item) ->
                item.readOperationsMap()
                    .forEach(
                        (method, operation) -> {
                          String name = method + " " + template;
                          int[] counts = byOperation.computeIfAbsent(name, n -> new int[6]);
                          for (int i = 0; i < REQUESTS; i++) {
                            boolean valid = random.nextBoolean();
                            String key = keys.get(i % keys.size());
                            Sent sent =
                                send(values, random, template, method, operation, valid, key);
                            counts[Math.min(5, sent.status() / 100)]++;
                            check(sent, operation, problems);
                          }
                        }));
    byOperation.forEach(
        (name, counts) ->
            System.out.printf(
                "fuzz %-62s 2xx %4d  4xx %4d  5xx %d%n", name, counts[2], counts[4], counts[5]));
    System.out.printf(
        "fuzz: %d operations x %d requests, seed %d, %d problems%n",
        byOperation.size(), REQUESTS, SEED, problems.size());
    assertThat(problems).isEmpty();
    Api.staff()
        .get("/v1/stock/reconciliation")
        .then()
        .statusCode(200)
        .body("drift.size()", org.hamcrest.Matchers.equalTo(0));
    // endpoints the draw made would keep receiving the events of every later test
    webhookEndpoints().stream()
        .filter(id -> !endpointsBefore.contains(id))
        .forEach(id -> Api.staff().delete("/v1/webhook-endpoints/{id}", id));
  }

  private static List<Long> webhookEndpoints() {
    List<Long> ids = new ArrayList<>();
    String cursor = null;
    do {
      var page =
          Api.staff()
              .queryParam("limit", 200)
              .queryParams(cursor == null ? Map.of() : Map.of("cursor", cursor))
              .get("/v1/webhook-endpoints")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      ids.addAll(page.getList("items.id", Long.class));
      cursor = page.getString("nextCursor");
    } while (cursor != null);
    return ids;
  }

  private Sent send(
      SchemaValues values,
      SplittableRandom random,
      String template,
      PathItem.HttpMethod method,
      Operation operation,
      boolean valid,
      String key) {
    String path = template;
    StringBuilder query = new StringBuilder();
    HttpRequest.Builder request = HttpRequest.newBuilder().timeout(Duration.ofSeconds(30));
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    List<Parameter> parameters =
        operation.getParameters() == null ? List.of() : operation.getParameters();
    for (Parameter parameter : parameters) {
      boolean good = valid || random.nextInt(3) != 0;
      String text = values.text(parameter.getName(), parameter.getSchema(), good);
      switch (parameter.getIn()) {
        case "path" ->
            path =
                path.replace("{" + parameter.getName() + "}", encode(text.isEmpty() ? "x" : text));
        case "query" -> {
          if (Boolean.TRUE.equals(parameter.getRequired()) || random.nextBoolean()) {
            query
                .append(query.length() == 0 ? "?" : "&")
                .append(encode(parameter.getName()))
                .append('=')
                .append(encode(text));
          }
        }
        case "header" -> {
          if (random.nextBoolean()) {
            String header =
                parameter.getName().equals("Idempotency-Key") && good
                    ? "fuzz-" + UUID.randomUUID()
                    : text.replaceAll("[\\p{Cntrl}]", "?");
            try {
              request.header(
                  parameter.getName(), header.substring(0, Math.min(header.length(), 4_000)));
            } catch (IllegalArgumentException notSendable) {
              // a value HTTP itself cannot carry: the request goes without the header
            }
          }
        }
        default -> {}
      }
    }
    String body = null;
    if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
      Map.Entry<String, MediaType> content =
          operation.getRequestBody().getContent().entrySet().iterator().next();
      String type = content.getKey();
      if (type.equals("text/csv")) {
        body =
            valid
                ? "sku,lotCode,owner,bestBefore,quantity,location\nSKU-1,L1,,2030-01-01,1,A\n"
                : SchemaValues.NASTY.get(random.nextInt(SchemaValues.NASTY.size()));
      } else {
        JsonNode node = values.value(null, content.getValue().getSchema(), valid, 0);
        body = !valid && random.nextInt(10) == 0 ? "{\"truncated\": [" : SchemaValues.json(node);
      }
      request.header("Content-Type", type);
    }
    request.uri(URI.create("http://localhost:" + io.restassured.RestAssured.port + path + query));
    request.method(
        method.name(),
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      return new Sent(method + " " + template, 599, e.toString(), valid);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    String contentType = response.headers().firstValue("Content-Type").orElse(null);
    ValidationReport report =
        validator.validateResponse(
            path,
            Request.Method.valueOf(method.name()),
            SimpleResponse.Builder.status(response.statusCode())
                .withContentType(contentType)
                .withBody(response.body())
                .build());
    if (report.hasErrors()) {
      return new Sent(
          method + " " + template,
          -1,
          report.getMessages().get(0).getMessage() + " " + response.body(),
          valid);
    }
    return new Sent(method + " " + template, response.statusCode(), response.body(), valid);
  }

  private static String encode(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8)
        .replace("+", "%20");
  }

  private static void check(Sent sent, Operation operation, List<String> problems) {
    if (sent.status() == -1) {
      problems.add(sent.operation() + ": answer not in the contract: " + abbreviate(sent.body()));
      return;
    }
    if (sent.status() >= 500) {
      problems.add(sent.operation() + ": " + sent.status() + " " + abbreviate(sent.body()));
      return;
    }
    if (sent.status() >= 400 && !sent.body().contains("\"code\"")) {
      problems.add(sent.operation() + ": not a problem: " + abbreviate(sent.body()));
    }
    if (sent.valid()
        && sent.status() >= 400
        && !operation.getResponses().containsKey(Integer.toString(sent.status()))
        && sent.status() != 401
        && sent.status() != 403) {
      problems.add(
          sent.operation() + ": a schema-valid request got an undocumented " + sent.status());
    }
  }

  private static String abbreviate(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "..." : text;
  }

  /** Real objects for the draw: a partner and its product, lot, allocation, subscriber, run. */
  private static Map<String, List<String>> knownValues() {
    String partner = TestData.createPartner();
    String line = TestData.createBoxLine();
    String sku = TestData.createProduct("nuts", partner, line);
    long lot = TestData.receiveLot(sku, null, TestData.today().plusDays(90), 1_000);
    long own = TestData.receiveLot(sku, partner, TestData.today().plusDays(90), 100);
    long allocation =
        TestData.createAllocation(TestData.allocation(partner, "HOLD", Map.of(sku, 1)));
    String subscriber = TestData.createSubscriber(partner);
    Map<String, List<String>> known = new HashMap<>();
    known.put("brand", List.of(partner, line));
    known.put("code", List.of(partner, line));
    known.put("owner", List.of(partner, "house"));
    known.put("sku", List.of(sku));
    known.put("id", List.of(Long.toString(lot), Long.toString(allocation), subscriber));
    known.put("lotId", List.of(Long.toString(lot), Long.toString(own)));
    known.put("subscriberId", List.of(subscriber));
    known.put("brands", List.of(partner, line));
    known.put("category", List.of("nuts"));
    known.put("deliveryDate", List.of(TestData.today().plusDays(7).toString()));
    known.put("location", List.of("A-01-1"));
    return known;
  }
}
