package me.snaq.inventory.assignment.engine;

/**
 * Preference weights (DESIGN 5: requests > LOVE > LIKE > liked category > unrated > OK), whole
 * points so that scores add up exactly.
 *
 * @param known a product received before and never rated
 * @param discoverySlotBonus added for each discovery product up to the recipe's discovery slots
 * @param nearFloorBonus added for a unit taken from a lot within {@code nearFloorDays} of its floor
 */
public record Weights(
    int request,
    int love,
    int like,
    int likedCategory,
    int discovery,
    int ok,
    int known,
    int discoverySlotBonus,
    int nearFloorBonus,
    int nearFloorDays) {
  public static final Weights DEFAULT = new Weights(100, 60, 40, 25, 20, 10, 10, 50, 5, 14);

  public Weights {
    if (request < 0 || love < 0 || like < 0 || likedCategory < 0 || discovery < 0 || ok < 0) {
      throw new IllegalArgumentException("weights must not be negative");
    }
    if (known < 0 || discoverySlotBonus < 0 || nearFloorBonus < 0 || nearFloorDays < 0) {
      throw new IllegalArgumentException("weights must not be negative");
    }
  }

  /** The points of a product chosen for this reason, before any bonus. */
  public int of(Reason reason) {
    return switch (reason) {
      case REQUESTED -> request;
      case LOVED -> love;
      case LIKED -> like;
      case LIKED_CATEGORY -> likedCategory;
      case DISCOVERY -> discovery;
      case RATED_OK -> ok;
      case RECEIVED_BEFORE -> known;
    };
  }
}
