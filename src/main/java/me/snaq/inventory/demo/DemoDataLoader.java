package me.snaq.inventory.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import me.snaq.inventory.access.ApiKeySecret;
import me.snaq.inventory.access.ApiKeyService;
import me.snaq.inventory.catalog.BrandDetails;
import me.snaq.inventory.catalog.BrandService;
import me.snaq.inventory.catalog.CatalogService;
import me.snaq.inventory.catalog.ProductService;
import me.snaq.inventory.catalog.QuotaService;
import me.snaq.inventory.catalog.QuotaTerms;
import me.snaq.inventory.catalog.RecipeService;
import me.snaq.inventory.demo.DemoCatalog.DemoBrand;
import me.snaq.inventory.demo.DemoCatalog.DemoProduct;
import me.snaq.inventory.demo.DemoCatalog.DemoQuota;
import me.snaq.inventory.inventory.LotReceipt;
import me.snaq.inventory.inventory.LotService;
import me.snaq.inventory.shared.database.DatabaseStartup;
import me.snaq.inventory.shared.security.Caller;
import me.snaq.inventory.shared.security.Role;
import me.snaq.inventory.subscriber.BulkResult;
import me.snaq.inventory.subscriber.DeliveryHistoryService;
import me.snaq.inventory.subscriber.DeliveryInput;
import me.snaq.inventory.subscriber.DeliveryItem;
import me.snaq.inventory.subscriber.ItemStatus;
import me.snaq.inventory.subscriber.ProfileInput;
import me.snaq.inventory.subscriber.ProfileItem;
import me.snaq.inventory.subscriber.SubscriberService;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the demo catalog and demo keys at start, once: a database that has the demo brands already
 * is left as it is. Then prints where to start and which keys to use.
 */
@ApplicationScoped
public class DemoDataLoader {
  /** The demo keys' secrets, one per role; known so that a restart prints the same ones. */
  static final Map<Role, String> DEMO_KEYS =
      Map.of(
          Role.ADMIN, "snaq_demo_admin_key",
          Role.STAFF, "snaq_demo_staff_key",
          Role.PARTNER, "snaq_demo_partner_kinoko_key",
          Role.ASSIGNER, "snaq_demo_assigner_key");

  static final String DEMO_PARTNER = "kinoko";
  private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

  private final boolean enabled;
  private final int httpPort;
  private final CatalogService catalog;
  private final BrandService brands;
  private final ProductService products;
  private final QuotaService quotas;
  private final ApiKeyService apiKeys;
  private final LotService lots;
  private final RecipeService recipes;
  private final SubscriberService subscribers;
  private final DeliveryHistoryService deliveries;
  private final Clock clock;

  public DemoDataLoader(
      @ConfigProperty(name = "inventory.demo.enabled") boolean enabled,
      @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int httpPort,
      CatalogService catalog,
      BrandService brands,
      ProductService products,
      QuotaService quotas,
      ApiKeyService apiKeys,
      LotService lots,
      RecipeService recipes,
      SubscriberService subscribers,
      DeliveryHistoryService deliveries,
      Clock clock) {
    this.enabled = enabled;
    this.httpPort = httpPort;
    this.catalog = catalog;
    this.brands = brands;
    this.products = products;
    this.quotas = quotas;
    this.apiKeys = apiKeys;
    this.lots = lots;
    this.recipes = recipes;
    this.subscribers = subscribers;
    this.deliveries = deliveries;
    this.clock = clock;
  }

  void onStart(@Observes @Priority(DatabaseStartup.PRIORITY + 10) StartupEvent event) {
    if (!enabled) {
      return;
    }
    if (catalog.brandKind("standard").isEmpty()) {
      loadCatalog();
    }
    if (!lots.anyLotExists()) {
      loadStock();
    }
    if (catalog.recipe("standard").isEmpty()) {
      DemoSubscribers.recipes()
          .forEach((brand, terms) -> recipes.set(brand, OptionalLong.empty(), terms));
    }
    if (!subscribers.anySubscriberExists()) {
      loadSubscribers();
    }
    DEMO_KEYS.forEach(
        (role, secret) ->
            apiKeys.issue(
                Caller.system(),
                "demo " + role.name().toLowerCase(),
                role,
                role == Role.PARTNER ? DEMO_PARTNER : null,
                new ApiKeySecret(secret)));
    printWelcome();
  }

  private void loadCatalog() {
    for (DemoBrand brand : DemoCatalog.BRANDS) {
      brands.create(
          brand.code(),
          brand.kind(),
          new BrandDetails(brand.name(), true, brand.minRemainingDays()));
    }
    List<DemoProduct> demoProducts = DemoCatalog.products();
    for (DemoProduct product : demoProducts) {
      products.create(product.sku(), product.details());
      products.changeEligibility(
          product.sku(), OptionalLong.empty(), new LinkedHashSet<>(product.brands()));
    }
    for (DemoQuota quota : DemoCatalog.quotas(demoProducts)) {
      quotas.set(
          quota.brand(),
          quota.sku(),
          OptionalLong.empty(),
          new QuotaTerms(quota.reserved(), quota.limit()));
    }
    LOG.infof(
        "Demo data loaded: %d brands, %d products", DemoCatalog.BRANDS.size(), demoProducts.size());
  }

  private void loadStock() {
    List<LotReceipt> receipts =
        DemoStock.lots(DemoCatalog.products(), lots.today(), Instant.now(clock));
    receipts.forEach(receipt -> lots.receive(Caller.system(), receipt));
    LOG.infof("Demo data loaded: %d lots", receipts.size());
  }

  /** Set-based: one bulk upsert of the profiles, then the history 10,000 rows a call. */
  private void loadSubscribers() {
    List<DemoProduct> demoProducts = DemoCatalog.products();
    List<ProfileInput> profiles = DemoSubscribers.profiles(demoProducts, lots.today());
    BulkResult created =
        subscribers.upsert(
            Caller.system(),
            IntStream.range(0, profiles.size())
                .mapToObj(i -> ProfileItem.read(i, profiles.get(i)))
                .iterator());
    List<DeliveryInput> history = DemoSubscribers.history(demoProducts, profiles, lots.today());
    int recorded = 0;
    for (int from = 0; from < history.size(); from += SubscriberService.MAX_ITEMS) {
      List<DeliveryInput> chunk =
          history.subList(from, Math.min(history.size(), from + SubscriberService.MAX_ITEMS));
      recorded +=
          deliveries
              .importHistory(
                  Caller.system(),
                  IntStream.range(0, chunk.size())
                      .mapToObj(i -> new DeliveryItem(i, chunk.get(i), List.of()))
                      .iterator())
              .count(ItemStatus.CREATED);
    }
    LOG.infof(
        "Demo data loaded: %d subscribers (%d refused), %d past deliveries",
        created.count(ItemStatus.CREATED), created.count(ItemStatus.REJECTED), recorded);
  }

  private void printWelcome() {
    StringBuilder text =
        new StringBuilder("\n\n  snaq.me inventory service is ready (demo data).\n");
    text.append("  Swagger UI:  http://localhost:").append(httpPort).append("/q/swagger-ui\n");
    text.append("  OpenAPI:     http://localhost:").append(httpPort).append("/q/openapi\n");
    text.append("  Demo API keys (Authorize -> Bearer):\n");
    for (Role role : Role.values()) {
      String scope = role == Role.PARTNER ? " (brand " + DEMO_PARTNER + ")" : "";
      text.append(String.format("    %-9s %s%s%n", role, DEMO_KEYS.get(role), scope));
    }
    LOG.info(text);
  }
}
