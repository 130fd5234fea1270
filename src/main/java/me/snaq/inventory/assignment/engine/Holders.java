package me.snaq.inventory.assignment.engine;

import java.util.Arrays;

/** Which boxes hold each product, kept up to date as units move between boxes. */
final class Holders {
  private final int[][] boxes;
  private final int[] count;

  /** The holders of every product in the filler's boxes. */
  Holders(int products, BoxFiller filler) {
    boxes = new int[products][];
    count = new int[products];
    for (int box = 0; box < filler.boxCount(); box++) {
      for (int i = 0; i < filler.itemsOf(box); i++) {
        add(filler.product[box * filler.maxSize() + i], box);
      }
    }
  }

  int count(int p) {
    return count[p];
  }

  /** The k-th holder of p, in no particular order. */
  int get(int p, int k) {
    return boxes[p][k];
  }

  void add(int p, int box) {
    if (boxes[p] == null) {
      boxes[p] = new int[8];
    } else if (count[p] == boxes[p].length) {
      boxes[p] = Arrays.copyOf(boxes[p], count[p] * 2);
    }
    boxes[p][count[p]++] = box;
  }

  void remove(int p, int box) {
    for (int k = 0; k < count[p]; k++) {
      if (boxes[p][k] == box) {
        boxes[p][k] = boxes[p][--count[p]];
        return;
      }
    }
  }
}
