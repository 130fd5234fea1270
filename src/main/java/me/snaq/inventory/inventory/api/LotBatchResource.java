package me.snaq.inventory.inventory.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.IntStream;
import me.snaq.inventory.shared.error.ProblemFactory;
import me.snaq.inventory.shared.error.ValidationFailedException;
import me.snaq.inventory.shared.idempotency.Idempotency;
import me.snaq.inventory.shared.idempotency.Idempotency.Outcome;
import me.snaq.inventory.shared.idempotency.IdempotentWrites;
import me.snaq.inventory.shared.security.Caller;
import me.snaq.inventory.shared.security.CurrentCaller;
import me.snaq.inventory.shared.security.Roles;
import me.snaq.inventory.shared.web.RequestIds;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/lots")
@Tag(name = "Stock")
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
public class LotBatchResource {
  private final BulkReceipts receipts;
  private final IdempotentWrites writes;
  private final CurrentCaller caller;

  public LotBatchResource(BulkReceipts receipts, IdempotentWrites writes, CurrentCaller caller) {
    this.receipts = receipts;
    this.writes = writes;
    this.caller = caller;
  }

  @POST
  @Path("/bulk")
  @Operation(
      operationId = "receiveLots",
      summary = "Receive many lots, with a result per item",
      description =
          "Each item is checked and received on its own; a refused item does not stop the others."
              + " A lot code is received once, so a retried batch never doubles stock.")
  @APIResponse(
      responseCode = "200",
      description = "One result per item",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = BulkReceiveResponse.class)))
  @APIResponse(responseCode = "422", ref = "UnprocessableContent")
  public Response bulk(
      @HeaderParam(Idempotency.HEADER) String key,
      @Valid @NotNull BulkReceiveRequest body,
      HttpHeaders headers,
      @Context ContainerRequestContext request) {
    List<BulkReceipts.Entry> entries =
        IntStream.range(0, body.lots().size()).mapToObj(i -> entry(i, body.lots().get(i))).toList();
    return run(key, "POST /v1/lots/bulk", body, entries, headers, request);
  }

  /** An item of the bulk body; a null one is refused on its own, like any unreadable item. */
  private static BulkReceipts.Entry entry(int index, ReceiveLotRequest item) {
    return item == null
        ? new BulkReceipts.Entry(
            index, null, new ValidationFailedException("lots[" + index + "]", "required"))
        : new BulkReceipts.Entry(index, item, null);
  }

  @POST
  @Path("/import")
  @Consumes("text/csv")
  @Operation(
      operationId = "importLots",
      summary = "Receive lots from CSV, with a result per line",
      description =
          "Header row: sku,lotCode,owner,bestBefore,quantity,location[,receivedAt] (any order)."
              + " Up to 5,000 lines; each is received on its own.")
  @RequestBody(
      content =
          @Content(
              mediaType = "text/csv",
              schema =
                  @Schema(
                      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
              example =
                  "sku,lotCode,owner,bestBefore,quantity,location\n"
                      + "CHOC-001,L2026-1126-A,house,2027-02-28,480,A-03-2"))
  @APIResponse(
      responseCode = "200",
      description = "One result per line",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = BulkReceiveResponse.class)))
  @APIResponse(responseCode = "422", ref = "UnprocessableContent")
  public Response importCsv(
      @HeaderParam(Idempotency.HEADER) String key,
      String csv,
      HttpHeaders headers,
      @Context ContainerRequestContext request) {
    List<BulkReceipts.Entry> entries =
        LotCsv.parse(csv).stream()
            .map(row -> new BulkReceipts.Entry(row.line(), row.request(), row.error()))
            .toList();
    return run(key, "POST /v1/lots/import", csv, entries, headers, request);
  }

  private Response run(
      String key,
      String operation,
      Object body,
      List<BulkReceipts.Entry> entries,
      HttpHeaders headers,
      ContainerRequestContext request) {
    Caller who = caller.get();
    return writes.runBatch(
        who,
        key,
        operation,
        body,
        () ->
            Outcome.ok(
                receipts.receive(
                    who,
                    entries,
                    ProblemFactory.supported(headers.getAcceptableLanguages()),
                    RequestIds.of(request))));
  }
}
