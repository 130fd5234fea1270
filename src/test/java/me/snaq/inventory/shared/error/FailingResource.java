package me.snaq.inventory.shared.error;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test-only endpoints that fail unexpectedly, to prove what a 500 or a 503 shows and hides. */
@Path("/test-only/failure")
@PermitAll
public class FailingResource {
  static final String SECRET = "SELECT secret FROM internal_table";

  @GET
  @Operation(hidden = true)
  public String fail() {
    throw new IllegalStateException(SECRET);
  }

  /** As a connection pool's acquisition timeout fails: an SQLException with no SQL state. */
  @GET
  @Path("/database")
  @Operation(hidden = true)
  public String failInTheDatabase() {
    throw new IllegalStateException(new java.sql.SQLException("Sorry, acquisition timeout!"));
  }
}
