package me.snaq.inventory.shared.error;

import java.util.Set;

/** The path exists but does not serve the method: 405 with the methods it does serve. */
public class MethodNotAllowedException extends ApplicationException {
  private final Set<String> allowed;

  public MethodNotAllowedException(String method, Set<String> allowed) {
    super(ErrorCode.METHOD_NOT_ALLOWED, method);
    this.allowed = Set.copyOf(allowed);
  }

  /** The value of the {@code Allow} header. */
  public String allowHeader() {
    return String.join(", ", new java.util.TreeSet<>(allowed));
  }
}
