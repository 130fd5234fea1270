package me.snaq.inventory.assignment;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import me.snaq.inventory.assignment.engine.Weights;

/** The assignment engine's preference weights (DESIGN 5), in points, from configuration. */
@ConfigMapping(prefix = "assignment.weights")
public interface AssignmentSettings {
  @WithDefault("100")
  int request();

  @WithDefault("60")
  int love();

  @WithDefault("40")
  int like();

  @WithDefault("25")
  int likedCategory();

  @WithDefault("20")
  int discovery();

  @WithDefault("10")
  int ok();

  /** A product received before and never rated. */
  @WithDefault("10")
  int known();

  /** Added for each discovery product up to the recipe's discovery slots. */
  @WithDefault("50")
  int discoverySlotBonus();

  /** Added for a unit from a lot within {@link #nearFloorDays()} of its shelf-life floor. */
  @WithDefault("5")
  int nearFloorBonus();

  @WithDefault("14")
  int nearFloorDays();

  default Weights weights() {
    return new Weights(
        request(),
        love(),
        like(),
        likedCategory(),
        discovery(),
        ok(),
        known(),
        discoverySlotBonus(),
        nearFloorBonus(),
        nearFloorDays());
  }
}
