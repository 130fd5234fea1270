package me.snaq.inventory.shared.web;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A POST or PUT that sends no body at all needs no {@code Content-Type}: it is read as an empty
 * JSON body, so an operation whose body is optional (release, unhold, cancel) is not refused with
 * 415, and one whose body is required answers 400 naming it.
 */
public class EmptyBodies {
  private static final Set<String> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT);

  @ServerRequestFilter(preMatching = true)
  public void typeEmptyBodies(ContainerRequestContext request) {
    if (WITH_BODY.contains(request.getMethod())
        && request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null
        && request.getHeaderString("Transfer-Encoding") == null
        && isZero(request.getHeaderString(HttpHeaders.CONTENT_LENGTH))) {
      request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
    }
  }

  private static boolean isZero(String contentLength) {
    return contentLength == null || contentLength.trim().equals("0");
  }
}
