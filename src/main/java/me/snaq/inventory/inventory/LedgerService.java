package me.snaq.inventory.inventory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import me.snaq.inventory.catalog.CatalogService;
import me.snaq.inventory.catalog.ProductNotFoundException;
import me.snaq.inventory.inventory.domain.Drift;
import me.snaq.inventory.inventory.domain.Lot;
import me.snaq.inventory.inventory.domain.LotBalance;
import me.snaq.inventory.inventory.domain.LotNotFoundException;
import me.snaq.inventory.inventory.domain.Movement;
import me.snaq.inventory.inventory.domain.MovementFilter;
import me.snaq.inventory.inventory.persistence.LedgerQueries;
import me.snaq.inventory.inventory.persistence.LotRepository;
import me.snaq.inventory.inventory.persistence.MovementRepository;
import me.snaq.inventory.shared.security.Caller;
import me.snaq.inventory.shared.web.Page;
import me.snaq.inventory.shared.web.PageRequest;

/** Reads of the ledger: movements, reconciliation against the projection, balances as of. */
@ApplicationScoped
public class LedgerService {
  private final MovementRepository movements;
  private final LotRepository lots;
  private final LedgerQueries ledger;
  private final CatalogService catalog;

  public LedgerService(
      MovementRepository movements,
      LotRepository lots,
      LedgerQueries ledger,
      CatalogService catalog) {
    this.catalog = catalog;
    this.movements = movements;
    this.lots = lots;
    this.ledger = ledger;
  }

  @Transactional
  public Page<Movement> movements(Caller caller, MovementFilter filter, PageRequest page) {
    MovementFilter scoped = filter.withOwner(caller.scopeBrand(filter.owner()));
    return Page.of(
        movements.page(scoped, page.afterId(), page.limit()), page, m -> m.id().toString());
  }

  /** Recomputes every lot's balance from the ledger and lists where the projection differs. */
  @Transactional
  public Reconciliation reconcile() {
    return new Reconciliation(ledger.lotCount(), ledger.movementCount(), ledger.drift());
  }

  /**
   * The product's lots (a partner: its own) as they stood at the instant; 404 for a product that
   * does not exist or, for a partner, that its brand may not use (as the product itself reads).
   */
  @Transactional
  public List<LotBalance> productAt(Caller caller, String sku, Instant at) {
    boolean visible =
        catalog.product(sku).isPresent()
            && caller.brandScope().map(brand -> catalog.isEligible(sku, brand)).orElse(true);
    if (!visible) {
      throw new ProductNotFoundException(sku);
    }
    return ledger.balancesAt(sku, null, caller.brandScope().orElse(null), at);
  }

  /** One lot as it stood at the instant; no balance if it had not been received yet. */
  @Transactional
  public ProductBalances lotAt(Caller caller, long lotId, Instant at) {
    Lot lot =
        lots.findByIdOptional(lotId)
            .filter(found -> caller.canSeeBrand(found.owner()))
            .orElseThrow(() -> new LotNotFoundException(lotId));
    return new ProductBalances(lot.sku(), ledger.balancesAt(null, lotId, null, at));
  }

  /** Balances of one product's lots at an instant. */
  public record ProductBalances(String sku, List<LotBalance> lots) {}

  /** The outcome of a reconciliation: how much was checked and what differs. */
  public record Reconciliation(long lotsChecked, long movementsChecked, List<Drift> drift) {}
}
