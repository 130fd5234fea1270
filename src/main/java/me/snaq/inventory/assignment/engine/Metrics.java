package me.snaq.inventory.assignment.engine;

/**
 * The quality of one assignment (DESIGN 5 "Metrics per run").
 *
 * @param fillRate items placed / slots of all boxes
 * @param preferenceScore the total score less the near-floor bonus
 * @param upperBound the sum of every box's bound (the most points it could score with unlimited
 *     stock): no assignment can score more, {@code totalScore <= upperBound}
 * @param gapToBound {@code 1 - totalScore / upperBound}
 * @param requestsHonoured requested products placed in their subscriber's box
 * @param requests requested products that the hard rules permit (could be honoured with stock)
 * @param discoveryShare discovery items / items
 * @param nearFloorUnits units taken from lots close to their floor
 * @param meanSatisfaction mean of score / bound per box (1: as good as unlimited stock would allow)
 * @param worstTenthSatisfaction mean of score / bound over the worst-served tenth of boxes
 */
public record Metrics(
    int boxes,
    int shortBoxes,
    double fillRate,
    long totalScore,
    long preferenceScore,
    long upperBound,
    double gapToBound,
    int minScore,
    int p10Score,
    double meanScore,
    int requests,
    int requestsHonoured,
    double discoveryShare,
    int nearFloorUnits,
    double meanSatisfaction,
    double worstTenthSatisfaction) {}
