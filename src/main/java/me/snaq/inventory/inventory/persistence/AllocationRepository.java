package me.snaq.inventory.inventory.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import me.snaq.inventory.inventory.domain.Allocation;
import me.snaq.inventory.inventory.domain.AllocationFilter;
import me.snaq.inventory.inventory.domain.AllocationState;
import me.snaq.inventory.inventory.domain.HoldLapse;
import me.snaq.inventory.inventory.domain.LotUse;
import me.snaq.inventory.shared.database.Jdbc;
import me.snaq.inventory.shared.database.QueryBuilder;

@ApplicationScoped
public class AllocationRepository implements PanacheRepositoryBase<Allocation, Long> {
  /**
   * {@code lapsed_of}: ids of holds past their time (parameter 1, the instant) that picked any of
   * the products (parameter 2).
   */
  private static final String LAPSED_HOLDS_OF =
      StockQueries.LAPSED
          + """
          , lapsed_of AS (SELECT DISTINCT a.id FROM lapsed a
            JOIN inventory_allocation_pick p ON p.allocation_id = a.id WHERE p.sku = ANY(?))
          """;

  private final Jdbc jdbc;

  public AllocationRepository(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** Locks the allocation's row and reloads it, so its state is current under the lock. */
  public void refreshLocked(Allocation allocation) {
    getEntityManager().refresh(allocation, LockModeType.PESSIMISTIC_WRITE);
  }

  /** Reloads the allocation after a statement changed its row (a lock is held already). */
  public void refresh(Allocation allocation) {
    getEntityManager().refresh(allocation);
  }

  /**
   * Locks these allocations' rows, in id order; with {@code skipLocked}, passes over those another
   * transaction holds. Returns the ids it locked.
   */
  public List<Long> lock(List<Long> ids, boolean skipLocked) {
    return jdbc.list(
        """
        SELECT id FROM inventory_allocation WHERE id = ANY(?) ORDER BY id FOR UPDATE
        """
            + (skipLocked ? " SKIP LOCKED" : ""),
        row -> row.getLong(1),
        (Object) ids.toArray(Long[]::new));
  }

  /** The products these allocations have lines for, in SKU order. */
  public List<String> skusOf(List<Long> ids) {
    return jdbc.list(
        """
        SELECT DISTINCT sku FROM inventory_allocation_line WHERE allocation_id = ANY(?)
        ORDER BY sku
        """,
        row -> row.getString(1),
        (Object) ids.toArray(Long[]::new));
  }

  /** Allocations that took units of the lot, with how many, newest first. */
  public List<LotUse> usesOfLot(long lotId) {
    return jdbc.list(
        """
        SELECT a.id, a.brand_code, a.reference, a.subscriber_id, a.delivery_date, a.state,
          p.quantity FROM inventory_allocation_pick p
        JOIN inventory_allocation a ON a.id = p.allocation_id
        WHERE p.lot_id = ? ORDER BY a.id DESC
        """,
        row ->
            new LotUse(
                row.getLong(1),
                row.getString(2),
                row.getString(3),
                row.getString(4),
                row.getObject(5, LocalDate.class),
                AllocationState.valueOf(row.getString(6)),
                row.getInt(7)),
        lotId);
  }

  /**
   * The read of what an allocation request must know of the allocations before it locks anything,
   * in one statement: which of these (brand, reference) pairs, given pairwise, name an open
   * allocation; and which holds past their time have picked any of these products.
   */
  public Jdbc.Read<OpenAndLapsed> openReferencesAndLapsedHolds(
      List<String> brands, List<String> references, List<String> skus, Instant now) {
    return new Jdbc.Read<>(
        "WITH "
            + LAPSED_HOLDS_OF
            + """
            SELECT a.brand_code, a.reference, NULL FROM unnest(?, ?) AS t(brand, reference)
            JOIN inventory_allocation a ON a.brand_code = t.brand
              AND a.reference = t.reference AND a.state IN ('HELD', 'ALLOCATED')
            UNION ALL SELECT NULL, NULL, id FROM lapsed_of ORDER BY 3
            """,
        new Object[] {
          now,
          skus.toArray(String[]::new),
          brands.toArray(String[]::new),
          references.toArray(String[]::new)
        },
        rows -> {
          Set<List<String>> open = new HashSet<>();
          List<Long> lapsed = new ArrayList<>();
          while (rows.next()) {
            if (rows.getString(1) != null) {
              open.add(List.of(rows.getString(1), rows.getString(2)));
            } else {
              lapsed.add(rows.getLong(3));
            }
          }
          return new OpenAndLapsed(open, lapsed);
        });
  }

  /** Open (brand, reference) pairs; lapsed hold ids, ascending. */
  public record OpenAndLapsed(Set<List<String>> openReferences, List<Long> lapsedHolds) {}

  /** Allocations in id order after the cursor, {@code limit + 1} rows. */
  public List<Allocation> page(AllocationFilter filter, Long after, int limit) {
    QueryBuilder query =
        new QueryBuilder()
            .where("id > :after", "after", after)
            .where("brand = :brand", "brand", filter.brand())
            .where("state = :state", "state", filter.state())
            .where("deliveryDate = :date", "date", filter.deliveryDate())
            .where("reference = :reference", "reference", filter.reference());
    return find(query.jpql() + " order by id", query.parameters()).range(0, limit).list();
  }

  /** Ids of holds past their time, oldest first (not locked: callers lock products first). */
  public List<Long> lapsedHoldIds(Instant now, int limit) {
    return jdbc.list(
        """
        SELECT id FROM inventory_allocation WHERE %s ORDER BY hold_until LIMIT ?
        """
            .formatted(HoldLapse.CONDITION),
        row -> row.getLong(1),
        now,
        limit);
  }

  /** Lapsed holds that have picked any of these products, ascending. */
  public List<Long> lapsedHoldsOf(List<String> skus, Instant now) {
    return jdbc.list(
        "WITH %s SELECT id FROM lapsed_of ORDER BY id".formatted(LAPSED_HOLDS_OF),
        row -> row.getLong(1),
        now,
        skus.toArray(String[]::new));
  }
}
