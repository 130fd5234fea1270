package me.snaq.inventory.shared.web;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Gives every request an id: the caller's (or the load balancer's) {@code X-Request-Id} when it
 * looks sane, a new UUID otherwise. The id is put in the log MDC, echoed as a response header and
 * quoted in problem responses, so a report can be matched to its log lines.
 */
public class RequestIds {
  public static final String HEADER = "X-Request-Id";
  public static final String PROPERTY = "snaq.requestId";
  public static final String MDC_KEY = "requestId";
  private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{8,64}");

  /** First of all filters, so every response, refusals of the filters after it too, has an id. */
  @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION - 100)
  public void assign(ContainerRequestContext request) {
    String offered = request.getHeaderString(HEADER);
    String id =
        offered != null && ACCEPTED.matcher(offered).matches()
            ? offered
            : UUID.randomUUID().toString();
    request.setProperty(PROPERTY, id);
    MDC.put(MDC_KEY, id);
  }

  @ServerResponseFilter
  public void echo(ContainerRequestContext request, ContainerResponseContext response) {
    Object id = request.getProperty(PROPERTY);
    if (id != null) {
      response.getHeaders().putSingle(HEADER, id);
    }
    MDC.remove(MDC_KEY);
  }

  public static String of(ContainerRequestContext request) {
    Object id = request.getProperty(PROPERTY);
    return id == null ? null : id.toString();
  }
}
