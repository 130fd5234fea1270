package me.snaq.inventory.assignment.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Why a box does not hold a product (DESIGN 5, "why others were not"), for every product of the
 * catalog not in the box: the first rule that kept it out, from the run's context and the
 * subscriber's profile, by the same rules the engine applies.
 */
public final class WhyNot {
  /** The rules in the order they are tried: the first that applies is the answer. */
  public enum Rule {
    NOT_ELIGIBLE,
    INACTIVE,
    NG_LIST,
    EXCLUDED_INGREDIENT,
    DISLIKED,
    REPEAT_WINDOW,
    NO_STOCK_AT_FLOOR,
    QUOTA,
    CATEGORY_FULL,
    STOCK_TAKEN,
    OUTSCORED
  }

  /**
   * @param points what the product would have scored in the box (preference, before bonuses); null
   *     when a hard rule keeps it out
   */
  public record Exclusion(String sku, Rule rule, String detail, Integer points) {}

  private WhyNot() {}

  /** The products missing from the box, by sku, each with its first rule; empty without a brand. */
  public static List<Exclusion> explain(RunContext context, Subscriber subscriber, Box box) {
    Optional<BrandSetup> setup =
        context.brands().stream().filter(b -> b.code().equals(box.brand())).findFirst();
    if (setup.isEmpty()) {
      return List.of();
    }
    Snapshot one =
        new Snapshot(
            context.deliveryDate(),
            context.products(),
            List.of(setup.get()),
            List.of(subscriber),
            context.weights(),
            0L,
            1);
    Catalog catalog = new Catalog(context.products());
    BrandRules rules = BrandRules.byCode(one, catalog).get(box.brand());
    int[] marks = new int[catalog.size()];
    ProfileMarks.mark(marks, catalog, subscriber, rules.recipe, context.deliveryDate());
    Map<String, BrandStock> stock = new HashMap<>();
    context.stock().stream()
        .filter(s -> s.brand().equals(box.brand()))
        .forEach(s -> stock.put(s.sku(), s));
    return new Explainer(context, catalog, rules, subscriber, box, marks, stock).all();
  }

  private record Explainer(
      RunContext context,
      Catalog catalog,
      BrandRules rules,
      Subscriber subscriber,
      Box box,
      int[] marks,
      Map<String, BrandStock> stock) {
    List<Exclusion> all() {
      Set<String> inBox = new TreeSet<>();
      int[] perCategory = new int[catalog.categoryCount()];
      int free = 0;
      for (BoxItem item : box.items()) {
        inBox.add(item.sku());
        Integer p = catalog.skuIndex.get(item.sku());
        if (p != null) {
          perCategory[catalog.categoryOf[p]]++;
          free += rules.requiredCount[catalog.categoryOf[p]] > 0 ? 0 : 1;
        }
      }
      BoxItem weakest =
          box.items().stream().min(Comparator.comparingInt(BoxItem::score)).orElse(null);
      List<Exclusion> out = new ArrayList<>();
      for (int p = 0; p < catalog.size(); p++) {
        if (!inBox.contains(catalog.products[p].sku())) {
          out.add(explain(p, perCategory, free, weakest));
        }
      }
      out.sort(Comparator.comparing(Exclusion::sku));
      return out;
    }

    private Exclusion explain(int p, int[] perCategory, int free, BoxItem weakest) {
      Product product = catalog.products[p];
      String sku = product.sku();
      int mark = marks[p];
      if (rules.floor[p] < 0) {
        return product.active()
            ? new Exclusion(sku, Rule.NOT_ELIGIBLE, box.brand() + " may not use it", null)
            : new Exclusion(sku, Rule.INACTIVE, "discontinued", null);
      }
      if ((mark & ProfileMarks.NG) != 0) {
        return new Exclusion(sku, Rule.NG_LIST, "on the subscriber's NG list", null);
      }
      Set<String> excluded = new TreeSet<>(product.ingredients());
      excluded.retainAll(subscriber.excludedIngredients());
      if (!excluded.isEmpty()) {
        return new Exclusion(
            sku, Rule.EXCLUDED_INGREDIENT, "contains " + String.join(", ", excluded), null);
      }
      if ((mark & ProfileMarks.DISLIKE) != 0) {
        return new Exclusion(sku, Rule.DISLIKED, "rated DISLIKE", null);
      }
      if ((mark & ProfileMarks.IN_WINDOW) != 0) {
        return new Exclusion(sku, Rule.REPEAT_WINDOW, "received on " + lastReceived(sku), null);
      }
      boolean discovery = ProfileMarks.isDiscovery(mark);
      int category = catalog.categoryOf[p];
      Reason reason =
          ProfileMarks.reasonOf(
              mark, subscriber.likedCategories().contains(product.category()), discovery);
      int points = context.weights().of(reason);
      BrandStock units = stock.get(sku);
      if (units == null || units.usable() == 0) {
        return new Exclusion(
            sku,
            Rule.NO_STOCK_AT_FLOOR,
            "no unit with " + rules.floor[p] + " days left on " + context.deliveryDate(),
            points);
      }
      if (units.servable() == 0) {
        return new Exclusion(
            sku,
            Rule.QUOTA,
            units.usable() + " units past the floor, none within " + box.brand() + "'s quotas",
            points);
      }
      if (perCategory[category] >= rules.categoryCap[category]) {
        return new Exclusion(
            sku,
            Rule.CATEGORY_FULL,
            product.category() + " " + perCategory[category] + "/" + rules.categoryCap[category],
            points);
      }
      boolean full = box.items().size() >= rules.recipe.size();
      if (!full && rules.requiredCount[category] == 0 && free >= rules.freeSlots) {
        return new Exclusion(
            sku,
            Rule.CATEGORY_FULL,
            "no free slot outside the required categories (" + free + "/" + rules.freeSlots + ")",
            points);
      }
      String against =
          weakest == null
              ? "an empty box"
              : weakest.score() + " points of " + weakest.sku() + ", the weakest chosen";
      if (full && points <= weakest.score()) {
        return new Exclusion(sku, Rule.OUTSCORED, points + " points against " + against, points);
      }
      if (units.left() == 0) {
        return new Exclusion(
            sku, Rule.STOCK_TAKEN, "other boxes took its " + units.servable() + " units", points);
      }
      return new Exclusion(sku, Rule.OUTSCORED, points + " points against " + against, points);
    }

    private String lastReceived(String sku) {
      return subscriber.history().stream()
          .filter(d -> d.sku().equals(sku))
          .map(Delivery::date)
          .max(Comparator.naturalOrder())
          .map(Object::toString)
          .orElse("?");
    }
  }
}
