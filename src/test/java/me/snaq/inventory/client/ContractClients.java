package me.snaq.inventory.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import me.snaq.client.ApiClient;
import me.snaq.client.ApiException;
import me.snaq.client.model.Problem;

/**
 * Clients generated from the committed contract ({@code openapi/openapi.yaml}) by
 * openapi-generator, pointed at the test instance. Their mapper rejects unknown properties, so a
 * response field the contract does not document fails the test that reads it.
 */
final class ContractClients {
  private ContractClients() {}

  /** A client that sends the key as a bearer token on every request. */
  static ApiClient withKey(String key) {
    ApiClient client = new ApiClient();
    client.updateBaseUri("http://localhost:" + RestAssured.port);
    client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + key));
    ObjectMapper strict = client.getObjectMapper();
    strict.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    return client;
  }

  /** The problem+json body of a failed call, read with the contract's Problem model. */
  static Problem problem(ApiClient client, ApiException failure) {
    try {
      return client.getObjectMapper().readValue(failure.getResponseBody(), Problem.class);
    } catch (java.io.IOException e) {
      throw new AssertionError("not a Problem: " + failure.getResponseBody(), e);
    }
  }
}
