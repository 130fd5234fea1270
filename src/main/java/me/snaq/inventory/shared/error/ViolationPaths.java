package me.snaq.inventory.shared.error;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a bean-validation path such as {@code create.request.lines[0].quantity} into the name the
 * client sent: {@code lines[0].quantity} for a body field, {@code limit} for a query parameter.
 */
final class ViolationPaths {
  private ViolationPaths() {}

  static String of(ConstraintViolation<?> violation) {
    List<Path.Node> nodes = new ArrayList<>();
    violation.getPropertyPath().forEach(nodes::add);
    StringBuilder field = new StringBuilder();
    for (int i = 0; i < nodes.size(); i++) {
      Path.Node node = nodes.get(i);
      ElementKind kind = node.getKind();
      boolean bodyParameter = kind == ElementKind.PARAMETER && i < nodes.size() - 1;
      if (kind == ElementKind.METHOD || bodyParameter) {
        continue;
      }
      boolean named = node.getName() != null && kind != ElementKind.CONTAINER_ELEMENT;
      if (named) {
        field.append(field.length() > 0 ? "." : "").append(node.getName());
      }
      if (node.getIndex() != null) {
        field.append('[').append(node.getIndex()).append(']');
      } else if (node.getKey() != null) {
        field.append('[').append(node.getKey()).append(']');
      }
    }
    return field.length() == 0 ? "body" : field.toString();
  }
}
