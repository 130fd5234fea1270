package me.snaq.inventory.shared.web;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import me.snaq.inventory.shared.error.MethodNotAllowedException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * RFC 9110 for methods: {@code OPTIONS} on an API path answers 204 with the methods it serves in
 * {@code Allow}; a method it does not serve is 405 problem+json with {@code Allow} (not the 404 of
 * a path that does not exist, which is what routing alone gives where several resources share a
 * prefix).
 */
public class MethodGate {
  private final Routes routes;

  public MethodGate(Routes routes) {
    this.routes = routes;
  }

  @ServerRequestFilter(preMatching = true)
  public Response check(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    if (!path.startsWith("/v1/")) {
      return null;
    }
    Set<String> served = routes.methodsOf(path);
    if (served.isEmpty()) {
      return null;
    }
    if (request.getMethod().equals(HttpMethod.OPTIONS)) {
      return Response.noContent().header("Allow", String.join(", ", served)).build();
    }
    if (!served.contains(request.getMethod())) {
      throw new MethodNotAllowedException(request.getMethod(), served);
    }
    return null;
  }
}
