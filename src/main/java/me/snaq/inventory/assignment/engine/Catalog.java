package me.snaq.inventory.assignment.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The snapshot's products indexed by number, with their lots in FEFO order. */
final class Catalog {
  final Product[] products;
  final int[] categoryOf;
  final List<String> categories = new ArrayList<>();
  final Map<String, Integer> categoryIndex = new HashMap<>();
  final Map<String, Integer> skuIndex = new HashMap<>();
  final Map<String, Integer> ingredientIndex = new HashMap<>();
  final long[][] ingredientBits;

  /** Per product, its lots sorted FEFO; {@code lotBase[p] + i} numbers lot i globally. */
  final Lot[][] lots;

  final int[] lotBase;
  final int lotCount;

  Catalog(List<Product> source) {
    products = source.toArray(Product[]::new);
    categoryOf = new int[products.length];
    ingredientBits = new long[products.length][];
    lots = new Lot[products.length][];
    lotBase = new int[products.length];
    int base = 0;
    for (int p = 0; p < products.length; p++) {
      Product product = products[p];
      if (skuIndex.put(product.sku(), p) != null) {
        throw new IllegalArgumentException("duplicate sku " + product.sku());
      }
      categoryOf[p] = categoryIndex.computeIfAbsent(product.category(), this::newCategory);
      lots[p] = product.lots().stream().sorted(Lot.FEFO).toArray(Lot[]::new);
      lotBase[p] = base;
      base += lots[p].length;
    }
    lotCount = base;
    for (Product product : products) {
      product.ingredients().forEach(i -> ingredientIndex.putIfAbsent(i, ingredientIndex.size()));
    }
    for (int p = 0; p < products.length; p++) {
      ingredientBits[p] = bitsOf(products[p].ingredients());
    }
  }

  int size() {
    return products.length;
  }

  int categoryCount() {
    return categories.size();
  }

  /** A set of ingredient codes as bits; codes no product contains are dropped. */
  long[] bitsOf(Iterable<String> ingredients) {
    long[] bits = new long[(ingredientIndex.size() + 63) / 64];
    for (String code : ingredients) {
      Integer index = ingredientIndex.get(code);
      if (index != null) {
        bits[index / 64] |= 1L << (index % 64);
      }
    }
    return bits;
  }

  static boolean intersects(long[] a, long[] b) {
    for (int i = 0; i < a.length; i++) {
      if ((a[i] & b[i]) != 0) {
        return true;
      }
    }
    return false;
  }

  private int newCategory(String category) {
    categories.add(category);
    return categories.size() - 1;
  }
}
