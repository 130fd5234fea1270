package me.snaq.inventory.shared.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Applies the API's conventions to the generated document, so resources need not repeat them: the
 * bearer-key security scheme on every {@code /v1} operation, the shared problem responses (400,
 * 401, 403, 406, 500; 404 where the path or a brand filter names a resource; 415 where a body is
 * sent), and the paging parameters' bounds.
 */
public class OpenApiConventions implements OASFilter {
  static final String SECURITY_SCHEME = "apiKey";
  private static final String PROBLEM = "#/components/schemas/Problem";

  private static final Map<String, String[]> RESPONSES = new LinkedHashMap<>();

  static {
    RESPONSES.put(
        "BadRequest", new String[] {"400", "Invalid input (VALIDATION_FAILED, MALFORMED_REQUEST)"});
    RESPONSES.put("Unauthorized", new String[] {"401", "No valid API key (UNAUTHENTICATED)"});
    RESPONSES.put("Forbidden", new String[] {"403", "The key's role may not do this (FORBIDDEN)"});
    RESPONSES.put(
        "NotFound",
        new String[] {"404", "No such resource, or not the caller's brand (*_NOT_FOUND)"});
    RESPONSES.put(
        "NotAcceptable", new String[] {"406", "Cannot answer in the media type asked for"});
    RESPONSES.put(
        "Conflict",
        new String[] {
          "409", "Conflicts with the current state (already exists, CONCURRENT_UPDATE, ...)"
        });
    RESPONSES.put(
        "PreconditionFailed", new String[] {"412", "If-Match does not match the current ETag"});
    RESPONSES.put(
        "ContentTooLarge",
        new String[] {"413", "More items than one request may carry (TOO_MANY_ITEMS)"});
    RESPONSES.put("UnsupportedMediaType", new String[] {"415", "Send application/json"});
    RESPONSES.put("UnprocessableContent", new String[] {"422", "Breaks a business rule"});
    RESPONSES.put("InternalError", new String[] {"500", "Unexpected error (INTERNAL_ERROR)"});
    RESPONSES.put(
        "ServiceUnavailable",
        new String[] {
          "503", "The database cannot be reached (DATABASE_UNAVAILABLE): retry after Retry-After"
        });
  }

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    Components components = openAPI.getComponents();
    components.addSecurityScheme(
        SECURITY_SCHEME,
        OASFactory.createSecurityScheme()
            .type(SecurityScheme.Type.HTTP)
            .scheme("bearer")
            .description("An API key: 'Authorization: Bearer <key>'. Each key has one role."));
    RESPONSES.forEach(
        (name, statusAndText) -> {
          APIResponse response =
              OASFactory.createAPIResponse()
                  .description(statusAndText[1])
                  .content(
                      OASFactory.createContent()
                          .addMediaType(
                              "application/problem+json",
                              OASFactory.createMediaType()
                                  .schema(OASFactory.createSchema().ref(PROBLEM))));
          if (name.equals("ServiceUnavailable")) {
            response.addHeader(
                "Retry-After",
                OASFactory.createHeader()
                    .description("Seconds to wait before trying again.")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
          }
          components.addResponse(name, response);
        });
    if (openAPI.getPaths() == null) {
      return;
    }
    openAPI
        .getPaths()
        .getPathItems()
        .forEach(
            (path, item) -> {
              if (path.startsWith("/v1/")) {
                item.getOperations().values().forEach(operation -> apply(path, operation));
              }
            });
    OpenApiHeaders.document(openAPI);
    OpenApiStrictBodies.closeRequestSchemas(openAPI);
  }

  private static void apply(String path, Operation operation) {
    SecurityRequirement requirement =
        OASFactory.createSecurityRequirement().addScheme(SECURITY_SCHEME);
    operation.setSecurity(List.of(requirement));
    APIResponses responses = operation.getResponses();
    add(responses, "BadRequest");
    add(responses, "Unauthorized");
    add(responses, "Forbidden");
    if (path.contains("{") || namesABrand(operation)) {
      add(responses, "NotFound");
    }
    add(responses, "NotAcceptable");
    if (operation.getRequestBody() != null) {
      add(responses, "UnsupportedMediaType");
    }
    add(responses, "InternalError");
    add(responses, "ServiceUnavailable");
    if (operation.getParameters() != null) {
      operation.getParameters().forEach(OpenApiConventions::describePaging);
      operation.getParameters().forEach(OpenApiConventions::boundIdempotencyKey);
    }
  }

  /** The key's limits, as {@code Idempotency} enforces them. */
  private static void boundIdempotencyKey(Parameter parameter) {
    if (parameter.getIn() == Parameter.In.HEADER && "Idempotency-Key".equals(parameter.getName())) {
      parameter
          .description(
              "Makes the change at most once: the same key with the same body replays the first"
                  + " answer (Idempotency-Replayed: true); with another body, 422. 1 to 128"
                  + " visible ASCII characters; a key is the API key's own.")
          .schema(
              OASFactory.createSchema()
                  .addType(Schema.SchemaType.STRING)
                  .minLength(1)
                  .maxLength(128)
                  .pattern("^[\\x21-\\x7E]{1,128}$"));
    }
  }

  /** A query parameter naming a brand: a partner naming another one gets 404 BRAND_NOT_FOUND. */
  private static boolean namesABrand(Operation operation) {
    return operation.getParameters() != null
        && operation.getParameters().stream()
            .anyMatch(
                p ->
                    p.getIn() == Parameter.In.QUERY
                        && ("brand".equals(p.getName()) || "owner".equals(p.getName())));
  }

  /** Sets the shared problem response, replacing the content-less one the scanner may add. */
  private static void add(APIResponses responses, String name) {
    String status = RESPONSES.get(name)[0];
    APIResponse existing = responses.getAPIResponse(status);
    if (existing == null || (existing.getRef() == null && existing.getContent() == null)) {
      APIResponse reference = OASFactory.createAPIResponse().ref(name);
      responses.addAPIResponse(status, reference);
    }
  }

  private static void describePaging(Parameter parameter) {
    if (parameter.getIn() != Parameter.In.QUERY) {
      return;
    }
    if ("limit".equals(parameter.getName())) {
      parameter
          .description(
              "Page size, 1 to "
                  + PageRequest.MAX_LIMIT
                  + " (default "
                  + PageRequest.DEFAULT_LIMIT
                  + ").")
          .schema(
              OASFactory.createSchema()
                  .addType(Schema.SchemaType.INTEGER)
                  .minimum(BigDecimal.ONE)
                  .maximum(BigDecimal.valueOf(PageRequest.MAX_LIMIT))
                  .defaultValue(PageRequest.DEFAULT_LIMIT));
    } else if ("cursor".equals(parameter.getName())) {
      parameter.description("The nextCursor of the previous page; absent for the first page.");
    }
  }
}
