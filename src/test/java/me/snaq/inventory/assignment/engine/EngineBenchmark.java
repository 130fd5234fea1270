package me.snaq.inventory.assignment.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.EnumMap;
import java.util.Map;

/**
 * Prints the engine's solve time, peak heap and quality at several sizes, with the greedy baseline
 * in the same run. Not a test: run it with {@code src/test/bench/engine.sh}.
 *
 * <p>Arguments: sizes (default 10000 30000 100000 300000). Each size is solved three times after a
 * warm-up and the median is printed; "ample" instances have stock for every box's favourites,
 * "realistic" ones 1.3 units per slot with 8% scarce products.
 */
public final class EngineBenchmark {
  private static final long SEED = 20261126L;

  public static void main(String[] args) {
    int[] sizes = args.length == 0 ? new int[] {10_000, 30_000, 100_000, 300_000} : parse(args);
    int cores = Runtime.getRuntime().availableProcessors();
    System.out.printf(
        "engine benchmark: %d cores, max heap %d MiB, java %s%n",
        cores, Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
    warmUp(cores);
    System.out.println(
        "stock      boxes    solve_s  rank  price  fill  exch  polish describe  peak_heap_MiB"
            + "  gap_to_bound  short  fill_rate  worst10%/mean  | greedy_s  greedy_gap  greedy_short");
    for (String stock : new String[] {"ample", "realistic"}) {
      for (int size : sizes) {
        run(stock, size, cores);
      }
    }
  }

  private static void run(String stock, int size, int cores) {
    Snapshot snapshot = instance(stock, size, cores);
    double[] seconds = new double[3];
    Map<Phase, Double> phases = null;
    Assignment assignment = null;
    long peak = 0;
    for (int i = 0; i < seconds.length; i++) {
      System.gc();
      resetPeaks();
      PhaseTimer timer = new PhaseTimer();
      long start = System.nanoTime();
      assignment = new AssignmentEngine().solve(snapshot, timer);
      seconds[i] = (System.nanoTime() - start) / 1e9;
      peak = Math.max(peak, peakHeap());
      if (phases == null || seconds[i] <= median(seconds, i + 1)) {
        phases = timer.seconds;
      }
    }
    long start = System.nanoTime();
    Assignment greedy = GreedyBaseline.solve(snapshot);
    double greedySeconds = (System.nanoTime() - start) / 1e9;
    Metrics m = assignment.metrics();
    System.out.printf(
        "%-9s %7d %9.2f %5.2f %6.2f %5.2f %5.2f %6.2f %8.2f %14d %12.2f%% %6d %9.4f %14.3f  | %8.2f %10.2f%% %13d%n",
        stock,
        size,
        median(seconds, 3),
        phases.get(Phase.RANK),
        phases.get(Phase.PRICE),
        phases.get(Phase.FILL),
        phases.get(Phase.EXCHANGE),
        phases.get(Phase.POLISH),
        phases.get(Phase.DESCRIBE),
        peak >> 20,
        100 * m.gapToBound(),
        m.shortBoxes(),
        m.fillRate(),
        m.worstTenthSatisfaction() / m.meanSatisfaction(),
        greedySeconds,
        100 * greedy.metrics().gapToBound(),
        greedy.metrics().shortBoxes());
  }

  private static Snapshot instance(String stock, int size, int cores) {
    InstanceGenerator generator = InstanceGenerator.seeded(SEED);
    if (stock.equals("ample")) {
      generator.supply(3.0).scarceShare(0);
    }
    return generator.generate(size, SEED, cores);
  }

  private static void warmUp(int cores) {
    Snapshot snapshot = InstanceGenerator.seeded(1).generate(30_000, 1, cores);
    for (int i = 0; i < 5; i++) {
      new AssignmentEngine().solve(snapshot);
      GreedyBaseline.solve(snapshot);
    }
  }

  private static final class PhaseTimer implements PhaseListener {
    final Map<Phase, Double> seconds = new EnumMap<>(Phase.class);
    private long last = System.nanoTime();

    @Override
    public void finished(Phase phase) {
      long now = System.nanoTime();
      seconds.put(phase, (now - last) / 1e9);
      last = now;
    }
  }

  private static void resetPeaks() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakHeap() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .mapToLong(pool -> pool.getPeakUsage().getUsed())
        .sum();
  }

  private static double median(double[] values, int count) {
    double[] sorted = java.util.Arrays.copyOf(values, count);
    java.util.Arrays.sort(sorted);
    return sorted[count / 2];
  }

  private static int[] parse(String[] args) {
    int[] sizes = new int[args.length];
    for (int i = 0; i < args.length; i++) {
      sizes[i] = Integer.parseInt(args[i].replace("_", ""));
    }
    return sizes;
  }
}
