package me.snaq.inventory.subscriber;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import me.snaq.inventory.catalog.CatalogService;
import me.snaq.inventory.inventory.SubscriberDirectory;
import me.snaq.inventory.shared.concurrent.DaemonThreads;
import me.snaq.inventory.shared.database.Jdbc;
import me.snaq.inventory.shared.error.TooManyItemsException;
import me.snaq.inventory.shared.security.Caller;
import me.snaq.inventory.shared.web.Page;
import me.snaq.inventory.shared.web.PageRequest;
import me.snaq.inventory.subscriber.bulk.ProfileBatches;
import me.snaq.inventory.subscriber.domain.DueProfile;
import me.snaq.inventory.subscriber.domain.ItemOutcome;
import me.snaq.inventory.subscriber.domain.Profile;
import me.snaq.inventory.subscriber.domain.Subscriber;
import me.snaq.inventory.subscriber.domain.SubscriberFilter;
import me.snaq.inventory.subscriber.domain.SubscriberNotFoundException;
import me.snaq.inventory.subscriber.persistence.DueQueries;
import me.snaq.inventory.subscriber.persistence.ProfileQueries;

/**
 * Subscribers' profiles: bulk upserts (JSON or CSV, one code path), scoped reads, and the load the
 * assignment engine asks for. A partner reads and writes only its own brand's subscribers.
 */
@ApplicationScoped
public class SubscriberService implements SubscriberDirectory {
  /** The most items one bulk request may carry. */
  public static final int MAX_ITEMS = 10_000;

  /** The most box dates {@link DueSubscriber#recentBoxDates()} holds (a year of weekly boxes). */
  public static final int MAX_BOX_DATES = 52;

  static final int BATCH_SIZE = 500;

  /** Parts of the due-subscriber load read at once: one per core, at most four connections. */
  static final int LOAD_PARTS =
      Math.min(4, Math.max(2, Runtime.getRuntime().availableProcessors()));

  private final ProfileQueries profiles;
  private final DueQueries due;
  private final CatalogService catalog;
  private final Clock clock;
  private final ExecutorService loaders =
      Executors.newCachedThreadPool(DaemonThreads.named("subscriber-due-load"));

  public SubscriberService(
      ProfileQueries profiles, DueQueries due, CatalogService catalog, Clock clock) {
    this.profiles = profiles;
    this.due = due;
    this.catalog = catalog;
    this.clock = clock;
  }

  /**
   * Upserts the profiles as they are read, {@value #BATCH_SIZE} to a statement, never holding more
   * than one batch. Each invalid item is refused on its own and the valid ones land; the request is
   * one transaction, so an item past {@value #MAX_ITEMS} (or unreadable input) leaves nothing
   * behind.
   */
  @Transactional
  public BulkResult upsert(Caller caller, Iterator<ProfileItem> items) {
    ProfileBatches upsert =
        new ProfileBatches(profiles, catalog, caller.brandScope().orElse(null), Instant.now(clock));
    List<ItemOutcome> outcomes = new ArrayList<>();
    List<ProfileItem> batch = new ArrayList<>(BATCH_SIZE);
    int count = 0;
    while (items.hasNext()) {
      ProfileItem item = items.next();
      if (++count > MAX_ITEMS) {
        throw new TooManyItemsException(MAX_ITEMS);
      }
      batch.add(item);
      if (batch.size() == BATCH_SIZE) {
        outcomes.addAll(upsert.write(batch));
        batch.clear();
      }
    }
    outcomes.addAll(upsert.write(batch));
    return new BulkResult(outcomes);
  }

  @Transactional
  public Subscriber get(Caller caller, String id) {
    return profiles
        .find(id)
        .filter(subscriber -> caller.canSeeBrand(subscriber.profile().brand()))
        .orElseThrow(() -> new SubscriberNotFoundException(id));
  }

  @Transactional
  public Page<Subscriber> list(Caller caller, SubscriberFilter filter, PageRequest page) {
    SubscriberFilter scoped = filter.withBrand(caller.scopeBrand(filter.brand()));
    return Page.of(profiles.page(scoped, page.after(), page.limit()), page, Subscriber::id);
  }

  /** Every subscriber of the filter the caller may see, in id order, streamed (a CSV export). */
  @Transactional
  public void each(Caller caller, SubscriberFilter filter, Consumer<Subscriber> consumer) {
    profiles.each(filter.withBrand(caller.scopeBrand(filter.brand())), consumer);
  }

  /**
   * For assignment: every ACTIVE subscriber of these brands whose next delivery is on the date,
   * with their profile and history, sorted by id (Java's string order, whatever the database's
   * collation). The load is split by a hash of the id into {@link #LOAD_PARTS} parts (one per core,
   * two to four) read at once, each in a transaction of its own, so each sees what was committed
   * when it started and none sees what the caller's transaction has not committed (callers write
   * nothing before it); a subscriber is read whole by one part. Decoding the rows costs more than
   * the query, and one thread decodes while another part's query runs: with 100,000 due subscribers
   * this cuts the load by a third or more on two cores.
   */
  @Transactional
  public List<DueSubscriber> dueOn(LocalDate deliveryDate, Collection<String> brands) {
    List<CompletableFuture<List<DueProfile>>> others = new ArrayList<>();
    for (int part = 1; part < LOAD_PARTS; part++) {
      int mine = part;
      others.add(
          CompletableFuture.supplyAsync(
              () ->
                  QuarkusTransaction.requiringNew()
                      .call(() -> due.due(deliveryDate, brands, MAX_BOX_DATES, mine, LOAD_PARTS)),
              loaders));
    }
    List<DueProfile> rows =
        new ArrayList<>(due.due(deliveryDate, brands, MAX_BOX_DATES, 0, LOAD_PARTS));
    others.forEach(part -> rows.addAll(part.join()));
    return rows.stream()
        .map(SubscriberService::dueSubscriber)
        .sorted(Comparator.comparing(DueSubscriber::id))
        .toList();
  }

  /**
   * A subscriber as assignment reads them for a delivery date (profile, history before it),
   * whatever their status and next delivery now; empty when unknown.
   */
  @Transactional
  public Optional<DueSubscriber> profileFor(String id, LocalDate deliveryDate) {
    return due.one(id, deliveryDate, MAX_BOX_DATES).map(SubscriberService::dueSubscriber);
  }

  /** For inventory: the brand of each subscriber an allocation names. */
  @Override
  public Jdbc.Read<Map<String, String>> brandsOf(Collection<String> subscriberIds) {
    return profiles.brandsRead(subscriberIds);
  }

  @Transactional
  public boolean anySubscriberExists() {
    return profiles.any();
  }

  private static DueSubscriber dueSubscriber(DueProfile due) {
    Profile p = due.profile();
    return new DueSubscriber(
        p.id(),
        p.brand(),
        p.nextDeliveryDate(),
        Set.copyOf(p.excludedIngredients()),
        Set.copyOf(p.ngSkus()),
        Set.copyOf(p.likedCategories()),
        Map.copyOf(p.ratings()),
        Set.copyOf(p.requests()),
        due.lastReceived(),
        due.recentBoxDates());
  }
}
