package me.snaq.inventory.inventory.allocation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import me.snaq.inventory.inventory.domain.Allocation;
import me.snaq.inventory.inventory.domain.AllocationFilter;
import me.snaq.inventory.inventory.domain.AllocationNotFoundException;
import me.snaq.inventory.inventory.domain.LotUse;
import me.snaq.inventory.inventory.persistence.AllocationRepository;
import me.snaq.inventory.shared.security.Caller;
import me.snaq.inventory.shared.web.Page;
import me.snaq.inventory.shared.web.PageRequest;

/** Allocations as a caller may see them: a partner its own brand's, another's as none at all. */
@ApplicationScoped
public class AllocationReads {
  private final AllocationRepository allocations;
  private final Clock clock;

  public AllocationReads(AllocationRepository allocations, Clock clock) {
    this.allocations = allocations;
    this.clock = clock;
  }

  @Transactional
  public AllocationView get(Caller caller, long id) {
    return AllocationView.of(visible(caller, id), Instant.now(clock));
  }

  @Transactional
  public Page<AllocationView> list(Caller caller, AllocationFilter filter, PageRequest page) {
    AllocationFilter scoped = filter.withBrand(caller.scopeBrand(filter.brand()));
    Instant now = Instant.now(clock);
    return Page.of(
            allocations.page(scoped, page.afterId(), page.limit()), page, a -> a.id().toString())
        .map(a -> AllocationView.of(a, now));
  }

  /** Allocations that took units of a lot, for a trace or a recall. */
  @Transactional
  public List<LotUse> usesOfLot(long lotId) {
    return allocations.usesOfLot(lotId);
  }

  /** The allocation, when the caller may see it; else not found. */
  Allocation visible(Caller caller, long id) {
    return allocations
        .findByIdOptional(id)
        .filter(a -> caller.canSeeBrand(a.brand()))
        .orElseThrow(() -> new AllocationNotFoundException(id));
  }
}
