package me.snaq.inventory.shared.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import me.snaq.inventory.shared.database.DatabaseOutage;
import me.snaq.inventory.shared.error.ApplicationException;
import me.snaq.inventory.shared.error.ErrorCode;
import me.snaq.inventory.shared.error.FieldError;
import me.snaq.inventory.shared.error.JsonInputErrors;
import me.snaq.inventory.shared.error.MethodNotAllowedException;
import me.snaq.inventory.shared.error.Problem;
import me.snaq.inventory.shared.error.ProblemFactory;
import me.snaq.inventory.shared.error.ShuttingDownException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where exceptions become {@code application/problem+json} responses: our own {@link
 * ApplicationException}s, bean validation, Jackson input errors, security refusals, JAX-RS routing
 * errors and, last, anything unexpected (logged, answered with a generic 500).
 */
public class ProblemMapper {
  private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
  private static final Set<String> UNSTORABLE_TEXT = Set.of("22021", "22P05");
  private static final String ALLOW = "Allow";

  private final ProblemFactory problems;
  private final JsonInputErrors jsonErrors;
  private final DatabaseOutage outage;
  private final long retryAfterSeconds;

  public ProblemMapper(
      ProblemFactory problems,
      JsonInputErrors jsonErrors,
      DatabaseOutage outage,
      @ConfigProperty(name = "inventory.database.retry-after") Duration retryAfter) {
    this.problems = problems;
    this.jsonErrors = jsonErrors;
    this.outage = outage;
    this.retryAfterSeconds = Math.max(1, retryAfter.toSeconds());
  }

  @ServerExceptionMapper
  public Response application(
      ApplicationException e, HttpHeaders headers, ContainerRequestContext request) {
    return respond(problems.of(e, locale(headers), RequestIds.of(request)), headers);
  }

  @ServerExceptionMapper
  public Response methodNotAllowed(
      MethodNotAllowedException e, HttpHeaders headers, ContainerRequestContext request) {
    return Response.fromResponse(application(e, headers, request))
        .header(ALLOW, e.allowHeader())
        .build();
  }

  @ServerExceptionMapper
  public Response shuttingDown(
      ShuttingDownException e, HttpHeaders headers, ContainerRequestContext request) {
    return Response.fromResponse(application(e, headers, request))
        .header(HttpHeaders.RETRY_AFTER, "1")
        .header("Connection", "close")
        .build();
  }

  @ServerExceptionMapper
  public Response validation(
      ConstraintViolationException e, HttpHeaders headers, ContainerRequestContext request) {
    return respond(
        problems.invalid(e.getConstraintViolations(), locale(headers), RequestIds.of(request)),
        headers);
  }

  @ServerExceptionMapper(priority = 1)
  public Response unrecognized(
      UnrecognizedPropertyException e, HttpHeaders headers, ContainerRequestContext request) {
    return jsonInput(e, headers, request);
  }

  @ServerExceptionMapper(priority = 1)
  public Response invalidFormat(
      InvalidFormatException e, HttpHeaders headers, ContainerRequestContext request) {
    return jsonInput(e, headers, request);
  }

  @ServerExceptionMapper(priority = 1)
  public Response mismatchedInput(
      MismatchedInputException e, HttpHeaders headers, ContainerRequestContext request) {
    return jsonInput(e, headers, request);
  }

  @ServerExceptionMapper(priority = 1)
  public Response jsonMapping(
      JsonMappingException e, HttpHeaders headers, ContainerRequestContext request) {
    return jsonInput(e, headers, request);
  }

  @ServerExceptionMapper(priority = 1)
  public Response unreadableJson(
      JsonProcessingException e, HttpHeaders headers, ContainerRequestContext request) {
    return jsonInput(e, headers, request);
  }

  @ServerExceptionMapper
  public Response unauthenticated(
      UnauthorizedException e, HttpHeaders headers, ContainerRequestContext request) {
    return unauthenticated(headers, request);
  }

  @ServerExceptionMapper
  public Response authenticationFailed(
      AuthenticationFailedException e, HttpHeaders headers, ContainerRequestContext request) {
    if (DatabaseOutage.isOutage(e)) {
      return unavailable(e, headers, request);
    }
    return unauthenticated(headers, request);
  }

  @ServerExceptionMapper
  public Response forbidden(
      ForbiddenException e, HttpHeaders headers, ContainerRequestContext request) {
    return respond(ErrorCode.FORBIDDEN, new Object[0], List.of(), headers, request);
  }

  @ServerExceptionMapper
  public Response concurrentUpdate(
      OptimisticLockException e, HttpHeaders headers, ContainerRequestContext request) {
    return respond(ErrorCode.CONCURRENT_UPDATE, new Object[0], List.of(), headers, request);
  }

  @ServerExceptionMapper
  public Response webApplication(
      WebApplicationException e, HttpHeaders headers, ContainerRequestContext request) {
    ApplicationException cause = cause(e, ApplicationException.class);
    if (cause != null) {
      return application(cause, headers, request);
    }
    int status = e.getResponse().getStatus();
    if (status >= 500) {
      return unexpected(e, headers, request);
    }
    Response problem =
        respond(WebErrors.codeFor(status), new Object[0], List.of(), headers, request);
    String allow = e.getResponse().getHeaderString(ALLOW);
    return allow == null ? problem : Response.fromResponse(problem).header(ALLOW, allow).build();
  }

  @ServerExceptionMapper
  public Response unexpected(Throwable e, HttpHeaders headers, ContainerRequestContext request) {
    if (causedBy(e, OptimisticLockException.class) || causedBy(e, StaleStateException.class)) {
      return respond(ErrorCode.CONCURRENT_UPDATE, new Object[0], List.of(), headers, request);
    }
    if (isUnstorableText(e)) {
      return respond(ErrorCode.MALFORMED_REQUEST, new Object[0], List.of(), headers, request);
    }
    if (causedBy(e, ApplicationException.class)) {
      return application(cause(e, ApplicationException.class), headers, request);
    }
    if (DatabaseOutage.isOutage(e)) {
      return unavailable(e, headers, request);
    }
    LOG.errorf(e, "Unhandled error in request %s", RequestIds.of(request));
    return respond(ErrorCode.INTERNAL_ERROR, new Object[0], List.of(), headers, request);
  }

  private Response jsonInput(
      JsonProcessingException e, HttpHeaders headers, ContainerRequestContext request) {
    Locale locale = locale(headers);
    List<FieldError> errors = jsonErrors.describe(e, locale);
    ErrorCode code = errors.isEmpty() ? ErrorCode.MALFORMED_REQUEST : ErrorCode.VALIDATION_FAILED;
    return respond(code, new Object[0], errors, headers, request);
  }

  /** The database is away: 503 with Retry-After, the outage logged once (not per request). */
  private Response unavailable(Throwable e, HttpHeaders headers, ContainerRequestContext request) {
    outage.report(e);
    return Response.fromResponse(
            respond(ErrorCode.DATABASE_UNAVAILABLE, new Object[0], List.of(), headers, request))
        .header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds))
        .build();
  }

  private Response unauthenticated(HttpHeaders headers, ContainerRequestContext request) {
    return Response.fromResponse(
            respond(ErrorCode.UNAUTHENTICATED, new Object[0], List.of(), headers, request))
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"snaq-inventory\"")
        .build();
  }

  private Response respond(
      ErrorCode code,
      Object[] arguments,
      List<FieldError> errors,
      HttpHeaders headers,
      ContainerRequestContext request) {
    return respond(
        problems.create(code, arguments, errors, locale(headers), RequestIds.of(request)), headers);
  }

  private static Response respond(Problem problem, HttpHeaders headers) {
    return Response.status(problem.status())
        .type(Problem.MEDIA_TYPE)
        .header(HttpHeaders.CONTENT_LANGUAGE, locale(headers).getLanguage())
        .entity(problem)
        .build();
  }

  private static Locale locale(HttpHeaders headers) {
    try {
      return ProblemFactory.supported(headers.getAcceptableLanguages());
    } catch (RuntimeException malformedHeader) {
      return Locale.ENGLISH;
    }
  }

  /** Text PostgreSQL cannot store (a NUL character): bad input, rolled back, not our failure. */
  private static boolean isUnstorableText(Throwable e) {
    SQLException sql = cause(e, SQLException.class);
    return sql != null && sql.getSQLState() != null && UNSTORABLE_TEXT.contains(sql.getSQLState());
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    return cause(e, type) != null;
  }

  private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
