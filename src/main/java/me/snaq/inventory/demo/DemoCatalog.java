package me.snaq.inventory.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import me.snaq.inventory.catalog.BrandKind;
import me.snaq.inventory.catalog.ProductDetails;
import me.snaq.inventory.catalog.ProductStatus;

/**
 * Generates the demo catalog from a seed: the same seed gives the same brands, products,
 * eligibility and quotas, so demos, screenshots and bug reports can be reproduced.
 */
public final class DemoCatalog {
  public static final long SEED = 20261126L;

  /** A demo brand; categories are those of its box line (or partner range). */
  public record DemoBrand(
      String code, String name, BrandKind kind, Integer minRemainingDays, Set<String> categories) {}

  /** A demo product with the brands that may use it. */
  public record DemoProduct(String sku, ProductDetails details, List<String> brands) {}

  /** A demo quota of a brand on house stock of one product. */
  public record DemoQuota(String brand, String sku, int reserved, Integer limit) {}

  static final List<DemoBrand> BRANDS =
      List.of(
          new DemoBrand(
              "standard",
              "snaq.me standard box",
              BrandKind.HOUSE_BOX,
              null,
              Set.of(
                  "chocolate",
                  "nuts",
                  "dried-fruit",
                  "baked",
                  "savory",
                  "jerky",
                  "rice-cracker",
                  "gummy",
                  "cookie",
                  "bar")),
          new DemoBrand(
              "otsumami",
              "otsumami box",
              BrandKind.HOUSE_BOX,
              null,
              Set.of("nuts", "savory", "jerky", "rice-cracker", "dried-fruit")),
          new DemoBrand(
              "granola",
              "granola box",
              BrandKind.HOUSE_BOX,
              null,
              Set.of("granola", "topping", "dried-fruit", "nuts")),
          new DemoBrand(
              "yakigashi",
              "baked sweets box",
              BrandKind.HOUSE_BOX,
              null,
              Set.of("baked", "cookie", "chocolate", "bar")),
          new DemoBrand(
              "kinoko",
              "Kinoko Foods (partner)",
              BrandKind.PARTNER,
              60,
              Set.of("chocolate", "baked", "cookie")),
          new DemoBrand(
              "tabimori",
              "Tabimori Trail Snacks (partner)",
              BrandKind.PARTNER,
              null,
              Set.of("nuts", "dried-fruit", "jerky", "bar")));

  /** Product names per category: a category, a colon, its names (indented lines continue). */
  private static final Map<String, List<String>> NAMES =
      """
      chocolate: Almond, Matcha, Orange peel, Sea salt, Raspberry, Hojicha, Cacao nib, Sakura,
        Yuzu, Ginger, Coconut, Banana, Strawberry
      nuts: Roasted almond, Cashew, Walnut, Macadamia, Pecan, Mixed nuts, Smoked almond, Honey
        cashew, Wasabi peanut, Black sesame almond, Maple walnut, Pistachio
      dried-fruit: Dried mango, Dried apple, Dried persimmon, Dried fig, Raisin, Dried kiwi, Dried
        pineapple, Dried mikan, Dried apricot, Cranberry, Dried pear, Dried peach
      baked: Madeleine, Financier, Pound cake, Baumkuchen, Scone, Castella, Brownie, Canele,
        Galette, Florentine, Muffin, Dacquoise, Bolo
      savory: Soy cracker, Seaweed chip, Edamame crisp, Chickpea puff, Lotus root chip, Burdock
        chip, Sweet potato stick, Corn puff, Shrimp cracker, Cheese crisp, Garlic bean, Curry pea
      granola: Maple granola, Matcha granola, Cacao granola, Honey granola, Black sugar granola,
        Soy granola, Fruit granola, Nut granola, Kinako granola, Coconut granola, Ginger granola,
        Sesame granola
      topping: Freeze-dried strawberry, Cacao nibs, Pumpkin seeds, Coconut flakes, Goji berries,
        Chia seeds, Sliced almonds, Puffed quinoa, Kinako crumble, Yuzu peel, Dried blueberry,
        Sunflower seeds
      jerky: Beef jerky, Chicken jerky, Pork jerky, Teriyaki jerky, Pepper jerky, Smoked chicken,
        Dried squid, Salmon jerky, Venison jerky, Spicy beef, Miso chicken, Sansho beef
      rice-cracker: Senbei, Okaki, Arare, Black bean senbei, Shrimp senbei, Nori okaki, Sugar
        senbei, Pepper arare, Sesame senbei, Miso okaki, Plum arare, Wasabi senbei
      gummy: Grape gummy, Peach gummy, Yuzu gummy, Apple gummy, Muscat gummy, Ume gummy, Cola
        gummy, Mango gummy, Lemon gummy, Lychee gummy, Kiwi gummy, Berry gummy
      cookie: Butter cookie, Matcha cookie, Miso cookie, Sable, Chocolate chip cookie, Oat cookie,
        Ginger cookie, Kinako cookie, Sesame cookie, Earl grey cookie, Walnut cookie, Rice flour
        cookie
      bar: Nut bar, Fruit bar, Protein bar, Granola bar, Date bar, Sesame bar, Cacao bar, Matcha
        bar, Peanut bar, Seed bar, Oat bar, Berry bar
      """
          .replaceAll("\n +", " ")
          .lines()
          .map(line -> line.split(": ", 2))
          .collect(Collectors.toMap(e -> e[0], e -> List.of(e[1].split(", "))));

  private static final Map<String, List<String>> BASE_INGREDIENTS =
      Map.ofEntries(
          Map.entry("chocolate", List.of("cacao", "sugar", "milk")),
          Map.entry("nuts", List.of("almond")),
          Map.entry("dried-fruit", List.of()),
          Map.entry("baked", List.of("wheat", "egg", "milk", "sugar")),
          Map.entry("savory", List.of("soy")),
          Map.entry("granola", List.of("oat", "sugar")),
          Map.entry("topping", List.of()),
          Map.entry("jerky", List.of("soy")),
          Map.entry("rice-cracker", List.of("rice", "soy")),
          Map.entry("gummy", List.of("gelatin", "sugar")),
          Map.entry("cookie", List.of("wheat", "milk", "egg", "sugar")),
          Map.entry("bar", List.of("oat")));

  private static final List<String> EXTRA_INGREDIENTS =
      List.of("peanut", "sesame", "walnut", "cashew", "alcohol", "wheat", "milk", "egg", "soy");

  private DemoCatalog() {}

  /** About 150 products over 12 categories, with overlapping eligibility. */
  public static List<DemoProduct> products() {
    Random random = new Random(SEED);
    List<DemoProduct> products = new ArrayList<>();
    NAMES.keySet().stream()
        .sorted()
        .forEach(
            category -> {
              List<String> names = NAMES.get(category);
              for (int i = 0; i < names.size(); i++) {
                products.add(product(category, names.get(i), i + 1, random));
              }
            });
    return products;
  }

  /** A few quotas: partners get ring-fenced house units, a box line gets a cap. */
  public static List<DemoQuota> quotas(List<DemoProduct> products) {
    List<DemoQuota> quotas = new ArrayList<>();
    for (DemoProduct product : products) {
      if (product.brands().contains("kinoko") && product.sku().endsWith("1")) {
        quotas.add(new DemoQuota("kinoko", product.sku(), 50, 300));
      }
      if (product.brands().contains("otsumami") && product.sku().endsWith("2")) {
        quotas.add(new DemoQuota("otsumami", product.sku(), 0, 400));
      }
    }
    return quotas;
  }

  private static DemoProduct product(String category, String name, int number, Random random) {
    String letters = category.replace("-", "").toUpperCase(Locale.ROOT);
    String sku =
        String.format(
            Locale.ROOT, "%s-%03d", letters.substring(0, Math.min(4, letters.length())), number);
    Set<String> ingredients = new TreeSet<>(BASE_INGREDIENTS.get(category));
    if (random.nextInt(3) == 0) {
      ingredients.add(EXTRA_INGREDIENTS.get(random.nextInt(EXTRA_INGREDIENTS.size())));
    }
    int minRemainingDays = 14 + 7 * random.nextInt(5);
    ProductStatus status =
        random.nextInt(25) == 0 ? ProductStatus.DISCONTINUED : ProductStatus.ACTIVE;
    boolean newProduct = random.nextInt(10) == 0;
    List<String> brands = new ArrayList<>();
    for (DemoBrand brand : BRANDS) {
      if (brand.categories().contains(category) && random.nextInt(100) < 80) {
        brands.add(brand.code());
      }
    }
    ProductDetails details =
        new ProductDetails(
            name, category, List.copyOf(ingredients), minRemainingDays, status, newProduct);
    return new DemoProduct(sku, details, brands);
  }
}
