package me.snaq.inventory.shared.web;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The response headers the service sends, in the contract: {@code X-Request-Id} on every answer,
 * {@code Location} on 201 and 202, {@code ETag} where a resource is versioned (the operations that
 * take {@code If-Match}, the reads of the same path and the creations of such resources), and
 * {@code Idempotency-Replayed} where an {@code Idempotency-Key} may replay a first answer.
 */
final class OpenApiHeaders {
  private static final String PREFIX = "#/components/headers/";
  private static final Set<String> ALSO_VERSIONED = Set.of("/v1/subscribers/{id}");

  private OpenApiHeaders() {}

  static void document(OpenAPI openAPI) {
    var components = openAPI.getComponents();
    components.addHeader(
        "X-Request-Id",
        header("The request's id, quoted in every problem's instance and in the log."));
    components.addHeader("Location", header("Where the resource created (or the run) is."));
    components.addHeader("ETag", header("The resource's version, for If-Match."));
    components.addHeader(
        "Idempotency-Replayed", header("true when the answer replays the first of its key."));
    if (components.getResponses() != null) {
      components.getResponses().values().forEach(r -> add(r, "X-Request-Id"));
    }
    openAPI
        .getPaths()
        .getPathItems()
        .forEach(
            (path, item) -> {
              if (!path.startsWith("/v1/")) {
                return;
              }
              boolean versioned = takesIfMatch(item) || ALSO_VERSIONED.contains(path);
              boolean itemsVersioned =
                  openAPI.getPaths().getPathItems().entrySet().stream()
                      .anyMatch(
                          e ->
                              e.getKey().startsWith(path + "/{")
                                  && e.getKey().indexOf('/', path.length() + 1) < 0
                                  && takesIfMatch(e.getValue()));
              item.getOperations()
                  .forEach(
                      (method, operation) ->
                          document(method, operation, versioned, itemsVersioned));
            });
  }

  private static void document(
      PathItem.HttpMethod method, Operation operation, boolean versioned, boolean itemsVersioned) {
    boolean replays = hasHeader(operation, "Idempotency-Key");
    boolean tagged =
        versioned && method != PathItem.HttpMethod.DELETE
            || itemsVersioned && method == PathItem.HttpMethod.POST;
    for (Map.Entry<String, APIResponse> entry :
        operation.getResponses().getAPIResponses().entrySet()) {
      APIResponse response = entry.getValue();
      if (response.getRef() != null) {
        continue;
      }
      add(response, "X-Request-Id");
      String status = entry.getKey();
      if (status.equals("201") || status.equals("202")) {
        add(response, "Location");
      }
      if (status.startsWith("2") && tagged) {
        add(response, "ETag");
      }
      if (status.startsWith("2") && replays) {
        add(response, "Idempotency-Replayed");
      }
    }
  }

  private static boolean takesIfMatch(PathItem item) {
    return item.getOperations().values().stream().anyMatch(op -> hasHeader(op, "If-Match"));
  }

  private static boolean hasHeader(Operation operation, String name) {
    return operation.getParameters() != null
        && operation.getParameters().stream()
            .anyMatch(p -> p.getIn() == Parameter.In.HEADER && name.equals(p.getName()));
  }

  private static void add(APIResponse response, String name) {
    if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
      response.addHeader(name, OASFactory.createHeader().ref(PREFIX + name));
    }
  }

  private static Header header(String description) {
    return OASFactory.createHeader()
        .description(description)
        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
  }
}
