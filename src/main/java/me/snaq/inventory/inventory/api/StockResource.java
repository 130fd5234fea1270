package me.snaq.inventory.inventory.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.LocalDate;
import me.snaq.inventory.inventory.LedgerService;
import me.snaq.inventory.inventory.StockService;
import me.snaq.inventory.inventory.domain.BrandAvailability;
import me.snaq.inventory.shared.security.CurrentCaller;
import me.snaq.inventory.shared.security.Roles;
import me.snaq.inventory.shared.web.Page;
import me.snaq.inventory.shared.web.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/stock")
@Tag(name = "Stock")
public class StockResource {
  private static final String BRAND_DOC =
      "Answer for this brand (a partner: always its own): " + BrandAvailability.FORMULA + ".";

  private final StockService stock;
  private final LedgerService ledger;
  private final CurrentCaller caller;

  public StockResource(StockService stock, LedgerService ledger, CurrentCaller caller) {
    this.stock = stock;
    this.ledger = ledger;
    this.caller = caller;
  }

  @GET
  @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
  @Operation(
      operationId = "listStock",
      summary = "Stock of many products",
      description =
          "With a brand, the products eligible for it and what it can take for the delivery date;"
              + " without, every product's totals. "
              + BrandAvailability.FORMULA)
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = StockPage.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "422", ref = "UnprocessableContent")
  public StockPage list(
      @Parameter(description = BRAND_DOC) @QueryParam("brand") String brand,
      @Parameter(description = "Defaults to today (warehouse time).") @QueryParam("deliveryDate")
          LocalDate deliveryDate,
      @QueryParam("category") String category,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    PageRequest page = PageRequest.of(limit, cursor);
    Page<StockResponse> found =
        stock
            .products(caller.get(), brand, deliveryDate, category, page)
            .map(s -> StockResponse.from(s, false));
    return new StockPage(found.items(), found.nextCursor());
  }

  @GET
  @Path("/{sku}")
  @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
  @Operation(
      operationId = "getStock",
      summary = "Stock of one product, with the FEFO lots that would serve",
      description = BrandAvailability.FORMULA)
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = StockResponse.class)))
  @APIResponse(responseCode = "422", ref = "UnprocessableContent")
  public StockResponse get(
      @PathParam("sku") String sku,
      @Parameter(description = BRAND_DOC) @QueryParam("brand") String brand,
      @Parameter(description = "Defaults to today (warehouse time).") @QueryParam("deliveryDate")
          LocalDate deliveryDate) {
    return StockResponse.from(stock.product(caller.get(), sku, brand, deliveryDate), true);
  }

  @GET
  @Path("/{sku}/as-of")
  @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER})
  @Operation(
      operationId = "getStockAsOf",
      summary = "Balances of a product's lots at a past instant, from the ledger",
      description =
          "Each of the product's lots (a partner: its own) with its on-hand and reserved units at an instant, from the ledger. 404 for a product that does not exist or, for a partner, one its brand may not use.")
  public BalancesResponse asOf(
      @PathParam("sku") String sku,
      @Parameter(description = "ISO-8601 instant, e.g. 2026-11-20T00:00:00Z.", required = true)
          @QueryParam("at")
          Instant at) {
    Instant instant = BalancesResponse.required(at);
    return BalancesResponse.of(sku, instant, ledger.productAt(caller.get(), sku, instant));
  }

  @GET
  @Path("/reconciliation")
  @RolesAllowed({Roles.ADMIN, Roles.STAFF})
  @Operation(
      operationId = "reconcileStock",
      summary = "Recompute every lot from the ledger and report drift",
      description = "`drift` is empty when every lot's balance equals the sum of its movements.")
  public ReconciliationResponse reconcile() {
    return ReconciliationResponse.from(ledger.reconcile());
  }

  /** A page of stock: {@code items} and the {@code nextCursor}, absent on the last page. */
  @Schema(name = "StockPage")
  public record StockPage(java.util.List<StockResponse> items, String nextCursor) {}
}
