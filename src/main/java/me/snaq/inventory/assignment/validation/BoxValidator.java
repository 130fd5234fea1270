package me.snaq.inventory.assignment.validation;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import me.snaq.inventory.assignment.engine.Assignment;
import me.snaq.inventory.assignment.engine.Box;
import me.snaq.inventory.assignment.engine.BoxItem;
import me.snaq.inventory.assignment.engine.BrandSetup;
import me.snaq.inventory.assignment.engine.Lot;
import me.snaq.inventory.assignment.engine.Product;
import me.snaq.inventory.assignment.engine.Recipe;
import me.snaq.inventory.assignment.engine.Snapshot;
import me.snaq.inventory.assignment.engine.Subscriber;

/** Checks every box of an assignment, and the stock they use together, against the hard rules. */
public final class BoxValidator {
  private final Snapshot snapshot;
  private final Map<String, Product> products = new HashMap<>();
  private final Map<Long, Lot> lots = new HashMap<>();
  private final Map<Long, Product> productOfLot = new HashMap<>();
  private final Map<String, BrandSetup> brands = new HashMap<>();
  private final List<Violation> violations = new ArrayList<>();

  private BoxValidator(Snapshot snapshot) {
    this.snapshot = snapshot;
    for (Product product : snapshot.products()) {
      products.put(product.sku(), product);
      for (Lot lot : product.lots()) {
        lots.put(lot.id(), lot);
        productOfLot.put(lot.id(), product);
      }
    }
    snapshot.brands().forEach(brand -> brands.put(brand.code(), brand));
  }

  public static List<Violation> check(Snapshot snapshot, Assignment assignment) {
    BoxValidator validator = new BoxValidator(snapshot);
    if (assignment.boxes().size() != snapshot.subscribers().size()) {
      validator.fail(null, "BOX_COUNT", assignment.boxes().size() + " boxes");
    }
    for (int i = 0; i < Math.min(assignment.boxes().size(), snapshot.subscribers().size()); i++) {
      validator.checkBox(snapshot.subscribers().get(i), assignment.boxes().get(i));
    }
    new StockCheck(snapshot, validator.lots, validator.productOfLot, validator::fail)
        .check(assignment);
    return List.copyOf(validator.violations);
  }

  private void checkBox(Subscriber subscriber, Box box) {
    String id = subscriber.id();
    if (!id.equals(box.subscriberId()) || !subscriber.brand().equals(box.brand())) {
      fail(id, "BOX_ORDER", "box of " + box.subscriberId() + " in " + id + "'s place");
      return;
    }
    BrandSetup brand = brands.get(subscriber.brand());
    if (brand == null) {
      if (!box.items().isEmpty()) {
        fail(id, "NO_RECIPE", "a brand without a recipe got items");
      }
      return;
    }
    Recipe recipe = brand.recipe();
    if (box.items().size() > recipe.size()) {
      fail(id, "BOX_SIZE", box.items().size() + " items in a box of " + recipe.size());
    }
    if (box.isShort() != (box.items().size() < recipe.size())) {
      fail(id, "SHORT_FLAG", box.items().size() + " items, short=" + box.isShort());
    }
    Set<String> recent = RepeatWindow.skusIn(subscriber, recipe, snapshot.deliveryDate());
    Set<String> seen = new HashSet<>();
    for (BoxItem item : box.items()) {
      if (!seen.add(item.sku())) {
        fail(id, "DUPLICATE", item.sku());
      }
      checkItem(subscriber, brand, recent, item);
    }
    checkComposition(id, recipe, box);
  }

  private void checkItem(
      Subscriber subscriber, BrandSetup brand, Set<String> recent, BoxItem item) {
    String id = subscriber.id();
    String sku = item.sku();
    Product product = products.get(sku);
    if (product == null) {
      fail(id, "UNKNOWN_PRODUCT", sku);
      return;
    }
    if (!product.active() || !brand.eligibleSkus().contains(sku)) {
      fail(id, "NOT_ELIGIBLE", sku);
    }
    for (String ingredient : product.ingredients()) {
      if (subscriber.excludedIngredients().contains(ingredient)) {
        fail(id, "EXCLUDED_INGREDIENT", sku + " contains " + ingredient);
      }
    }
    if (subscriber.ngSkus().contains(sku)) {
      fail(id, "NG_LIST", sku);
    }
    if (subscriber.ratings().get(sku) == me.snaq.inventory.assignment.engine.Rating.DISLIKE) {
      fail(id, "DISLIKED", sku);
    }
    if (recent.contains(sku)) {
      fail(id, "REPEAT_WINDOW", sku);
    }
    checkLot(id, brand, product, item);
  }

  private void checkLot(String id, BrandSetup brand, Product product, BoxItem item) {
    Lot lot = lots.get(item.lotId());
    if (lot == null || productOfLot.get(item.lotId()) != product) {
      fail(id, "WRONG_LOT", item.sku() + " from lot " + item.lotId());
      return;
    }
    if (!lot.owner().equals(Snapshot.HOUSE) && !lot.owner().equals(brand.code())) {
      fail(id, "NOT_OWNER", "lot " + lot.id() + " belongs to " + lot.owner());
    }
    int floor = floorOf(brand, product);
    long left = ChronoUnit.DAYS.between(snapshot.deliveryDate(), lot.bestBefore());
    if (left < floor) {
      fail(id, "SHELF_LIFE_FLOOR", "lot " + lot.id() + ": " + left + " days left, floor " + floor);
    }
  }

  /** The shelf-life floor of a product in a brand's boxes: the strictest of the three floors. */
  static int floorOf(BrandSetup brand, Product product) {
    return Math.max(
        product.minRemainingDays(),
        Math.max(brand.minRemainingDays(), brand.recipe().minRemainingDays()));
  }

  private void checkComposition(String id, Recipe recipe, Box box) {
    Map<String, Integer> perCategory = new HashMap<>();
    int free = 0;
    for (BoxItem item : box.items()) {
      Product product = products.get(item.sku());
      if (product != null) {
        perCategory.merge(product.category(), 1, Integer::sum);
        free += recipe.requiredCategories().containsKey(product.category()) ? 0 : 1;
      }
    }
    perCategory.forEach(
        (category, count) -> {
          Integer required = recipe.requiredCategories().get(category);
          int cap = required != null ? required : recipe.maxPerCategory();
          if (count > cap) {
            fail(id, "CATEGORY_CAP", category + ": " + count + " > " + cap);
          }
        });
    if (free > recipe.size() - recipe.requiredSlots()) {
      fail(id, "REQUIRED_SLOTS", free + " items outside the required categories");
    }
    if (!box.isShort()) {
      recipe
          .requiredCategories()
          .forEach(
              (category, count) -> {
                if (perCategory.getOrDefault(category, 0) != count.intValue()) {
                  fail(id, "REQUIRED_CATEGORY", category + " needs exactly " + count);
                }
              });
    }
  }

  private void fail(String subscriberId, String rule, String detail) {
    violations.add(new Violation(subscriberId, rule, detail));
  }
}
