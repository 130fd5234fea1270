package me.snaq.inventory.shared.web;

import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * What the service enforces of a request body, in the contract: an unknown property is refused
 * (quarkus.jackson.fail-on-unknown-properties), so every object schema a JSON request body reaches
 * says {@code additionalProperties: false}. Schemas whose extra properties are the point (a map of
 * ratings by SKU) keep the schema of their values.
 */
final class OpenApiStrictBodies {
  private static final String PREFIX = "#/components/schemas/";

  private OpenApiStrictBodies() {}

  static void closeRequestSchemas(OpenAPI openAPI) {
    Set<String> seen = new HashSet<>();
    openAPI
        .getPaths()
        .getPathItems()
        .values()
        .forEach(
            item ->
                item.getOperations()
                    .values()
                    .forEach(
                        operation -> {
                          if (operation.getRequestBody() == null
                              || operation.getRequestBody().getContent() == null) {
                            return;
                          }
                          MediaType json =
                              operation
                                  .getRequestBody()
                                  .getContent()
                                  .getMediaTypes()
                                  .get("application/json");
                          if (json != null && json.getSchema() != null) {
                            close(openAPI, json.getSchema(), seen);
                          }
                        }));
  }

  private static void close(OpenAPI openAPI, Schema schema, Set<String> seen) {
    if (schema == null) {
      return;
    }
    if (schema.getRef() != null) {
      String name = schema.getRef().substring(PREFIX.length());
      if (seen.add(name) && openAPI.getComponents().getSchemas() != null) {
        close(openAPI, openAPI.getComponents().getSchemas().get(name), seen);
      }
      return;
    }
    if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
      if (schema.getAdditionalPropertiesSchema() == null
          && schema.getAdditionalPropertiesBoolean() == null) {
        schema.setAdditionalPropertiesBoolean(Boolean.FALSE);
      }
      schema.getProperties().values().forEach(property -> close(openAPI, property, seen));
    }
    close(openAPI, schema.getItems(), seen);
    if (schema.getAdditionalPropertiesSchema() != null) {
      close(openAPI, schema.getAdditionalPropertiesSchema(), seen);
    }
    if (schema.getAllOf() != null) {
      schema.getAllOf().forEach(part -> close(openAPI, part, seen));
    }
  }
}
