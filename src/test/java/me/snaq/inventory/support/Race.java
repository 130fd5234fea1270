package me.snaq.inventory.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs the same work on many threads released at one instant; collects every result. */
public final class Race {
  private Race() {}

  /** Each thread's work returns one result. */
  public static <T> List<T> of(int threads, Callable<T> work) throws Exception {
    return ofMany(threads, () -> List.of(work.call()));
  }

  /** Each thread's work returns several results (one per attempt). */
  public static <T> List<T> ofMany(int threads, Callable<List<T>> work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<List<T>>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return work.call();
                }));
      }
      start.countDown();
      List<T> all = new ArrayList<>();
      for (Future<List<T>> result : results) {
        all.addAll(result.get());
      }
      return all;
    } finally {
      pool.shutdownNow();
    }
  }
}
