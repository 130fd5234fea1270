package me.snaq.inventory.inventory.allocation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import me.snaq.inventory.inventory.domain.Allocation;
import me.snaq.inventory.inventory.persistence.AllocationRepository;
import me.snaq.inventory.inventory.persistence.ProductLocks;

/**
 * Gives back the units of holds past their time (EXPIRED, reason {@value #HOLD_EXPIRED}): for the
 * sweeper, and before any read of free stock that takes them as free. Reads ignore a lapsed hold
 * from the moment it lapses; this makes the lots say so too.
 */
@ApplicationScoped
public class HoldRelease {
  static final String SWEEPER = "system:hold-sweeper";
  static final String HOLD_EXPIRED = "HOLD_EXPIRED";

  private final AllocationRepository allocations;
  private final ProductLocks locks;
  private final AllocationStock stock;
  private final Clock clock;

  public HoldRelease(
      AllocationRepository allocations, ProductLocks locks, AllocationStock stock, Clock clock) {
    this.allocations = allocations;
    this.locks = locks;
    this.stock = stock;
    this.clock = clock;
  }

  /**
   * Releases holds that have lapsed, oldest first, at most {@code limit}; returns how many. Safe on
   * several replicas at once: each skips the allocations another is releasing.
   */
  @Transactional
  public int releaseLapsedHolds(int limit) {
    Instant now = Instant.now(clock);
    return release(allocations.lapsedHoldIds(now, limit), List.of(), true, now);
  }

  /** Releases the lapsed holds on these products (and locks them), so their units are free. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void releaseLapsedHoldsOf(List<String> skus, Instant now) {
    release(allocations.lapsedHoldsOf(skus, now), skus, false, now);
  }

  /** Locks {@code skus} with the products of {@code lapsed}, and releases those holds. */
  void releaseLocking(List<Long> lapsed, List<String> skus, Instant now) {
    release(lapsed, skus, false, now);
  }

  /**
   * Locks {@code alsoLock} and the products of the holds (read unlocked as lapsed) in one sorted
   * statement, then the holds' rows (with {@code skipLocked}, passing over those another
   * transaction holds), and releases as EXPIRED each that is still lapsed; returns how many.
   */
  private int release(List<Long> lapsed, List<String> alsoLock, boolean skipLocked, Instant now) {
    Set<String> toLock = new TreeSet<>(alsoLock);
    if (!lapsed.isEmpty()) {
      toLock.addAll(allocations.skusOf(lapsed));
    }
    locks.lock(List.copyOf(toLock));
    if (lapsed.isEmpty()) {
      return 0;
    }
    List<Allocation> expired = new ArrayList<>();
    for (Long id : allocations.lock(lapsed, skipLocked)) {
      Allocation hold = allocations.findById(id);
      // It may sit in this transaction's context from before its row was locked: read it anew.
      allocations.getEntityManager().refresh(hold);
      if (hold.holdLapsed(now)) {
        expired.add(hold);
      }
    }
    stock.giveBack(expired, HOLD_EXPIRED, SWEEPER, now);
    // The reads that follow are plain SQL: they must see these holds EXPIRED, or they would take
    // the units just given back off a second time (as holds past their time).
    allocations.flush();
    return expired.size();
  }
}
