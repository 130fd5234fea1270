package me.snaq.inventory.subscriber.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import me.snaq.inventory.catalog.HouseBrand;
import me.snaq.inventory.subscriber.ProfileInput;
import me.snaq.inventory.subscriber.Rating;
import me.snaq.inventory.subscriber.SubscriberIds;

/**
 * The rules of a subscriber profile (DESIGN 2), the same for a JSON item and a CSV line. Every
 * broken rule is reported, not only the first, so a spreadsheet can be fixed in one pass.
 */
public final class ProfileRules {
  public static final int MAX_NG_SKUS = 60;
  public static final int MAX_REQUESTS = 60;
  public static final int MAX_CODES = 50;
  public static final int MAX_RATINGS = 1000;

  /** What the rules need to know of the catalog, answered from facts fetched per batch. */
  public interface Catalog {
    boolean brandExists(String code);

    /** True for a partner brand's code. */
    boolean isPartner(String code);

    /** Known and, for a partner writing, eligible for its brand. */
    boolean productExists(String sku);
  }

  /** The checked profile, or the rules it breaks (then the profile is null). */
  public record Result(Profile profile, List<Violation> violations) {
    public boolean valid() {
      return violations.isEmpty();
    }
  }

  private ProfileRules() {}

  /**
   * Checks a profile. {@code ownBrand} is a partner's brand, the only one it may write; null for
   * staff.
   */
  public static Result check(ProfileInput in, String ownBrand, Catalog catalog) {
    List<Violation> out = new ArrayList<>();
    if (in.id() == null) {
      out.add(Violation.of("id", "required"));
    } else if (!Codes.isSubscriberId(in.id())) {
      out.add(Violation.of("id", "subscriberId"));
    }
    checkBrand(in.brand(), ownBrand, catalog, out);
    if (out.isEmpty()) {
      checkNamespace(in.id(), in.brand(), catalog, out);
    }
    if (in.status() == null) {
      out.add(Violation.of("status", "required"));
    }
    List<String> excluded =
        codes(
            "excludedIngredients",
            in.excludedIngredients(),
            MAX_CODES,
            Codes::isSlug,
            "slug",
            null,
            out);
    List<String> ng =
        codes("ngSkus", in.ngSkus(), MAX_NG_SKUS, Codes::isSku, "sku", catalog::productExists, out);
    List<String> liked =
        codes("likedCategories", in.likedCategories(), MAX_CODES, Codes::isSlug, "slug", null, out);
    SortedMap<String, Rating> ratings = ratings(in.ratings(), catalog, out);
    List<String> requests =
        codes(
            "requests",
            in.requests(),
            MAX_REQUESTS,
            Codes::isSku,
            "sku",
            catalog::productExists,
            out);
    if (!out.isEmpty()) {
      return new Result(null, List.copyOf(out));
    }
    Profile profile =
        new Profile(
            in.id(),
            in.brand(),
            in.status(),
            in.nextDeliveryDate(),
            excluded,
            ng,
            liked,
            Collections.unmodifiableSortedMap(ratings),
            requests);
    return new Result(profile, List.of());
  }

  /** Every well-formed SKU the profile names, so a batch can ask the catalog about all at once. */
  public static Stream<String> skusNamed(ProfileInput in) {
    Stream<String> rated = in.ratings() == null ? Stream.empty() : in.ratings().keySet().stream();
    return Stream.of(orEmpty(in.ngSkus()).stream(), rated, orEmpty(in.requests()).stream())
        .flatMap(s -> s)
        .filter(Codes::isSku);
  }

  /**
   * A partner's subscriber ids begin with its brand code and {@value SubscriberIds#NAMESPACE}, and
   * ids that begin with a partner's code belong to that partner only: one partner's ids can never
   * collide with another's, so no answer about an id tells a partner anything of another brand's
   * subscribers.
   */
  private static void checkNamespace(
      String id, String brand, Catalog catalog, List<Violation> out) {
    int colon = id.indexOf(SubscriberIds.NAMESPACE);
    String prefix = colon > 0 ? id.substring(0, colon) : null;
    if (catalog.isPartner(brand)) {
      if (!brand.equals(prefix)) {
        out.add(Violation.of("id", "partnerNamespace", brand + SubscriberIds.NAMESPACE));
      }
    } else if (prefix != null && Codes.isBrandCode(prefix) && catalog.isPartner(prefix)) {
      out.add(Violation.of("id", "otherNamespace", prefix + SubscriberIds.NAMESPACE));
    }
  }

  private static void checkBrand(
      String brand, String ownBrand, Catalog catalog, List<Violation> out) {
    if (brand == null) {
      out.add(Violation.of("brand", "required"));
    } else if (ownBrand != null && !ownBrand.equals(brand)) {
      out.add(Violation.of("brand", "notOwnBrand", ownBrand));
    } else if (!Codes.isBrandCode(brand)) {
      out.add(Violation.of("brand", "brandCode"));
    } else if (HouseBrand.CODE.equals(brand)) {
      out.add(Violation.of("brand", "houseBrand"));
    } else if (!catalog.brandExists(brand)) {
      out.add(Violation.of("brand", "unknownBrand"));
    }
  }

  /** A list used as a set: bounded, each item well-formed, once, and known when it must be. */
  private static List<String> codes(
      String field,
      List<String> values,
      int max,
      Predicate<String> shape,
      String shapeKey,
      Predicate<String> known,
      List<Violation> out) {
    List<String> items = orEmpty(values);
    if (items.size() > max) {
      out.add(Violation.of(field, "tooMany", max));
      return List.of();
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      String item = items.get(i);
      String path = field + "[" + i + "]";
      if (item == null) {
        out.add(Violation.of(path, "required"));
      } else if (!shape.test(item)) {
        out.add(Violation.of(path, shapeKey));
      } else if (!seen.add(item)) {
        out.add(Violation.of(path, "repeated"));
      } else if (known != null && !known.test(item)) {
        out.add(Violation.of(path, "unknownSku"));
      }
    }
    return items.stream().filter(Objects::nonNull).distinct().sorted().toList();
  }

  private static SortedMap<String, Rating> ratings(
      Map<String, Rating> ratings, Catalog catalog, List<Violation> out) {
    SortedMap<String, Rating> checked = new TreeMap<>();
    if (ratings == null) {
      return checked;
    }
    if (ratings.size() > MAX_RATINGS) {
      out.add(Violation.of("ratings", "tooMany", MAX_RATINGS));
      return checked;
    }
    ratings.forEach(
        (sku, rating) -> {
          String path = "ratings[" + sku + "]";
          if (!Codes.isSku(sku)) {
            out.add(Violation.of(path, "sku"));
          } else if (rating == null) {
            out.add(Violation.of(path, "required"));
          } else if (!catalog.productExists(sku)) {
            out.add(Violation.of(path, "unknownSku"));
          } else {
            checked.put(sku, rating);
          }
        });
    return checked;
  }

  private static <T> List<T> orEmpty(List<T> values) {
    return values == null ? List.of() : values;
  }
}
