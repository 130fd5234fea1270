package me.snaq.inventory.shared.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Serves work that arrives at the same moment together: callers hand in an item and get a future;
 * each of the batcher's threads takes every item waiting (up to {@code maxSize}) and processes them
 * in one call. Under load a batch holds what arrived while the one before it ran, so the cost per
 * batch (database round trips, a transaction) is shared; alone, an item waits for nobody.
 *
 * <p>Every item is processed after it was handed in, never with an answer computed before.
 *
 * @param <I> an item of work
 * @param <O> its result; {@code process} returns one per item, in order
 */
public final class Batcher<I, O> {
  private static final Logger LOG = Logger.getLogger(Batcher.class);

  private final String name;
  private final int maxSize;
  private final Function<List<I>, List<O>> process;
  private final BlockingQueue<Pending<I, O>> queue = new LinkedBlockingQueue<>();
  private final ExecutorService threads;

  public Batcher(String name, int threads, int maxSize, Function<List<I>, List<O>> process) {
    if (threads < 1 || maxSize < 1) {
      throw new IllegalArgumentException(name + ": threads and max size must be at least 1");
    }
    this.name = name;
    this.maxSize = maxSize;
    this.process = process;
    this.threads = Executors.newFixedThreadPool(threads, DaemonThreads.named(name));
    for (int i = 0; i < threads; i++) {
      this.threads.execute(this::drain);
    }
  }

  /**
   * Hands the item in without waiting: its result, or what processing its batch threw, completes
   * the future (on the batcher's thread).
   */
  public CompletableFuture<O> submitAsync(I item) {
    Pending<I, O> pending = new Pending<>(item, new CompletableFuture<>());
    queue.add(pending);
    if (threads.isShutdown()) {
      failLeftovers();
    }
    return pending.result();
  }

  /** Stops the threads; items still waiting fail. */
  public void stop() throws InterruptedException {
    threads.shutdownNow();
    threads.awaitTermination(10, TimeUnit.SECONDS);
    failLeftovers();
  }

  private void failLeftovers() {
    List<Pending<I, O>> left = new ArrayList<>();
    queue.drainTo(left);
    left.forEach(
        p -> p.result().completeExceptionally(new IllegalStateException(name + " stopped")));
  }

  private void drain() {
    List<Pending<I, O>> batch = new ArrayList<>();
    while (!Thread.currentThread().isInterrupted()) {
      try {
        batch.add(queue.take());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      queue.drainTo(batch, maxSize - 1);
      try {
        List<O> results = process.apply(batch.stream().map(Pending::item).toList());
        for (int i = 0; i < batch.size(); i++) {
          batch.get(i).result().complete(results.get(i));
        }
      } catch (RuntimeException | Error e) {
        LOG.debugf(e, "%s: a batch of %d failed", name, batch.size());
        batch.forEach(p -> p.result().completeExceptionally(e));
      }
      batch.clear();
    }
  }

  private record Pending<I, O>(I item, CompletableFuture<O> result) {}
}
