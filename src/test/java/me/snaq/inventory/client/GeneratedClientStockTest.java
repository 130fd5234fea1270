package me.snaq.inventory.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import me.snaq.client.ApiClient;
import me.snaq.client.ApiException;
import me.snaq.client.ApiResponse;
import me.snaq.client.api.AllocationsApi;
import me.snaq.client.api.CatalogApi;
import me.snaq.client.api.StockApi;
import me.snaq.client.model.Allocation;
import me.snaq.client.model.AllocationLineRequest;
import me.snaq.client.model.AllocationMode;
import me.snaq.client.model.AllocationState;
import me.snaq.client.model.Brand;
import me.snaq.client.model.BrandKind;
import me.snaq.client.model.BulkReceiveRequest;
import me.snaq.client.model.BulkReceiveResult;
import me.snaq.client.model.CreateAllocationRequest;
import me.snaq.client.model.CreateBrandRequest;
import me.snaq.client.model.CreateProductRequest;
import me.snaq.client.model.EligibilityRequest;
import me.snaq.client.model.ExpiryReport;
import me.snaq.client.model.Lot;
import me.snaq.client.model.Movement;
import me.snaq.client.model.MovementType;
import me.snaq.client.model.PageMovementResponse;
import me.snaq.client.model.Problem;
import me.snaq.client.model.ReceiveLotRequest;
import me.snaq.client.model.ReleaseRequest;
import me.snaq.client.model.ShipAllocationRequest;
import me.snaq.client.model.ShipException;
import me.snaq.client.model.ShipExceptionReason;
import me.snaq.client.model.Stock;
import me.snaq.client.model.UpdateBrandRequest;
import me.snaq.inventory.shared.security.Role;
import me.snaq.inventory.support.Api;
import me.snaq.inventory.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A fulfilment day driven only through the client generated from the contract: catalog, receipts
 * (one, bulk, CSV), availability, the allocation life cycle, the ledger, the expiry report, and the
 * errors a client must be able to read. It fails when the contract and the service disagree.
 */
@QuarkusTest
class GeneratedClientStockTest {
  private ApiClient staff;
  private CatalogApi catalog;
  private StockApi stock;
  private AllocationsApi allocations;
  private final LocalDate delivery = TestData.today().plusDays(7);

  @BeforeEach
  void connect() {
    staff = ContractClients.withKey(Api.key(Role.STAFF));
    catalog = new CatalogApi(staff);
    stock = new StockApi(staff);
    allocations = new AllocationsApi(staff);
  }

  private String boxLineWithProduct(String sku) throws ApiException {
    String brand = TestData.unique("gc");
    catalog.createBrand(
        new CreateBrandRequest().code(brand).name("Client " + brand).kind(BrandKind.HOUSE_BOX));
    catalog.createProduct(
        new CreateProductRequest()
            .sku(sku)
            .name("Snack " + sku)
            .category("nuts")
            .ingredients(List.of("almond"))
            .minRemainingDays(30));
    catalog.setEligibility(sku, new EligibilityRequest().brands(Set.of(brand)), null);
    return brand;
  }

  private ReceiveLotRequest lot(String sku, int quantity, int daysLeft) {
    return new ReceiveLotRequest()
        .sku(sku)
        .lotCode(TestData.unique("L").toUpperCase(java.util.Locale.ROOT))
        .bestBefore(TestData.today().plusDays(daysLeft))
        .quantity(quantity)
        .location("A-01-1");
  }

  private CreateAllocationRequest allocation(
      String brand, String sku, int units, AllocationMode m) {
    return new CreateAllocationRequest()
        .brand(brand)
        .reference(TestData.unique("box"))
        .deliveryDate(delivery)
        .mode(m)
        .lines(List.of(new AllocationLineRequest().sku(sku).quantity(units)));
  }

  @Test
  void shouldRunAFulfilmentDayThroughTheGeneratedClient() throws ApiException {
    String sku = TestData.uniqueSku();
    String brand = boxLineWithProduct(sku);

    String key = TestData.unique("receipt");
    ReceiveLotRequest first = lot(sku, 10, 120);
    Lot received = stock.receiveLot(first, key);
    ApiResponse<Lot> replay = stock.receiveLotWithHttpInfo(first, key);
    assertThat(replay.getData().getId()).isEqualTo(received.getId());
    assertThat(replay.getHeaders().get("idempotency-replayed")).containsExactly("true");

    BulkReceiveResult bulk =
        stock.receiveLots(
            new BulkReceiveRequest().lots(List.of(lot(sku, 4, 200), lot("NO-SUCH-SKU", 1, 200))),
            null);
    assertThat(bulk.getReceived()).isEqualTo(1);
    assertThat(bulk.getFailed()).isEqualTo(1);
    assertThat(bulk.getItems().get(1).getProblem().getCode()).isEqualTo("UNKNOWN_PRODUCT");
    String csvCode = TestData.unique("C").toUpperCase(java.util.Locale.ROOT);
    String csv =
        "sku,lotCode,owner,bestBefore,quantity,location\n"
            + sku
            + ","
            + csvCode
            + ",,"
            + TestData.today().plusDays(300)
            + ",6,B-02-1\n";
    assertThat(stock.importLots(csv, null).getReceived()).isEqualTo(1);

    Stock before = stock.getStock(sku, brand, delivery);
    assertThat(before.getOnHand()).isEqualTo(20);
    assertThat(before.getAvailable()).isEqualTo(20);
    assertThat(before.getLots()).hasSize(3);

    Allocation held =
        allocations.createAllocation(allocation(brand, sku, 3, AllocationMode.HOLD), null);
    assertThat(held.getState()).isEqualTo(AllocationState.HELD);
    assertThat(allocations.confirmAllocation(held.getId(), null).getState())
        .isEqualTo(AllocationState.ALLOCATED);
    Allocation shippedShort =
        allocations.shipAllocation(
            held.getId(),
            new ShipAllocationRequest()
                .addExceptionsItem(
                    new ShipException().sku(sku).quantity(1).reason(ShipExceptionReason.DAMAGED)),
            null);
    assertThat(shippedShort.getState()).isEqualTo(AllocationState.SHIPPED);
    assertThat(shippedShort.getShortReason()).isEqualTo("DAMAGED");
    assertThat(shippedShort.getShipExceptions()).hasSize(1);
    Allocation firm =
        allocations.createAllocation(allocation(brand, sku, 5, AllocationMode.FIRM), null);
    Allocation released =
        allocations.releaseAllocation(firm.getId(), new ReleaseRequest().reason("CANCELLED"), null);
    assertThat(released.getState()).isEqualTo(AllocationState.RELEASED);

    Stock after = stock.getStock(sku, brand, delivery);
    assertThat(after.getOnHand()).isEqualTo(17);
    assertThat(after.getReserved()).isZero();
    assertThat(after.getAvailable()).isEqualTo(17);

    OffsetDateTime now = OffsetDateTime.now();
    assertThat(movementsOf(sku, now.minusDays(2), now.minusDays(1))).isEmpty();
    List<MovementType> ledger = movementsOf(sku, now.minusHours(1), now.plusMinutes(1));
    assertThat(ledger)
        .containsExactlyInAnyOrder(
            MovementType.RECEIVE,
            MovementType.RECEIVE,
            MovementType.RECEIVE,
            MovementType.RESERVE,
            MovementType.SHIP,
            MovementType.ADJUST,
            MovementType.RESERVE,
            MovementType.UNRESERVE);

    ExpiryReport report = stock.getExpiryReport(365);
    assertThat(report.getWithinDays()).isEqualTo(365);
    assertThat(report.getOwners()).isNotEmpty();
    java.io.File download = stock.getExpiryReportCsv(365);
    download.deleteOnExit();
    assertThat(download).content().contains(csvCode).contains(sku);
  }

  /** The SKU's movements between two instants, read page by page with the cursor. */
  private List<MovementType> movementsOf(String sku, OffsetDateTime from, OffsetDateTime to)
      throws ApiException {
    List<MovementType> types = new ArrayList<>();
    String cursor = null;
    do {
      PageMovementResponse page = stock.listMovements(cursor, from, 2, null, null, sku, to, null);
      page.getItems().stream().map(Movement::getType).forEach(types::add);
      cursor = page.getNextCursor();
    } while (cursor != null);
    return types;
  }

  @Test
  void shouldGiveTheClientReadableProblemsAndVersionedUpdates() throws ApiException {
    String sku = TestData.uniqueSku();
    String brand = boxLineWithProduct(sku);
    stock.receiveLot(lot(sku, 2, 120), null);

    ApiException oversell =
        catchThrowableOfType(
            () ->
                allocations.createAllocation(allocation(brand, sku, 3, AllocationMode.FIRM), null),
            ApiException.class);
    assertThat(oversell.getCode()).isEqualTo(409);
    Problem shortage = ContractClients.problem(staff, oversell);
    assertThat(shortage.getCode()).isEqualTo("INSUFFICIENT_STOCK");
    assertThat(shortage.getLines())
        .singleElement()
        .satisfies(l -> assertThat(l.getSku()).isEqualTo(sku));
    assertThat(stock.getStock(sku, brand, delivery).getReserved()).isZero();

    ApiResponse<Brand> read = catalog.getBrandWithHttpInfo(brand);
    String etag = read.getHeaders().get("etag").get(0);
    Brand renamed =
        catalog.updateBrand(brand, new UpdateBrandRequest().name("Renamed").active(true), etag);
    assertThat(renamed.getName()).isEqualTo("Renamed");
    ApiException stale =
        catchThrowableOfType(
            () ->
                catalog.updateBrand(
                    brand, new UpdateBrandRequest().name("Again").active(true), etag),
            ApiException.class);
    assertThat(stale.getCode()).isEqualTo(412);
    assertThat(ContractClients.problem(staff, stale).getCode()).isEqualTo("PRECONDITION_FAILED");
    assertThat(catalog.getBrand(brand).getName()).isEqualTo("Renamed");
  }

  @Test
  void shouldShowAPartnerClientOnlyItsOwnLots() throws ApiException {
    String partner = TestData.createPartner();
    String sku = TestData.createProduct("nuts", partner);
    Lot own = stock.receiveLot(lot(sku, 5, 120).owner(partner), null);
    Lot house = stock.receiveLot(lot(sku, 5, 120), null);

    ApiClient client = ContractClients.withKey(Api.partnerKey(partner));
    StockApi partnerStock = new StockApi(client);
    assertThat(partnerStock.listLots(null, null, null, 100, null, null, null, sku, null).getItems())
        .extracting(Lot::getId)
        .containsExactly(own.getId());
    ApiException hidden =
        catchThrowableOfType(() -> partnerStock.getLot(house.getId()), ApiException.class);
    assertThat(hidden.getCode()).isEqualTo(404);
    assertThat(ContractClients.problem(client, hidden).getCode()).isEqualTo("LOT_NOT_FOUND");
  }
}
