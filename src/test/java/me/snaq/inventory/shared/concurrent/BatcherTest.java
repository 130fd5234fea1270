package me.snaq.inventory.shared.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BatcherTest {

  @Test
  void shouldAnswerEachItemWithItsOwnResultAndGatherItemsWaitingTogether() throws Exception {
    List<Integer> sizes = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch firstBatchRunning = new CountDownLatch(1);
    CountDownLatch letItFinish = new CountDownLatch(1);
    Batcher<Integer, String> batcher =
        new Batcher<>(
            "test",
            1,
            100,
            items -> {
              sizes.add(items.size());
              firstBatchRunning.countDown();
              await(letItFinish);
              return items.stream().map(i -> "item " + i).toList();
            });
    ExecutorService callers = Executors.newFixedThreadPool(11);
    try {
      Future<String> first = callers.submit(() -> batcher.submitAsync(0).join());
      assertThat(firstBatchRunning.await(5, TimeUnit.SECONDS)).isTrue();
      List<Future<String>> waiting = new ArrayList<>();
      for (int i = 1; i <= 10; i++) {
        int item = i;
        waiting.add(callers.submit(() -> batcher.submitAsync(item).join()));
      }
      Thread.sleep(200); // the ten queue behind the running batch
      letItFinish.countDown();

      assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("item 0");
      for (int i = 1; i <= 10; i++) {
        assertThat(waiting.get(i - 1).get(5, TimeUnit.SECONDS)).isEqualTo("item " + i);
      }
      assertThat(sizes).containsExactly(1, 10);
    } finally {
      callers.shutdownNow();
      batcher.stop();
    }
  }

  @Test
  void shouldThrowWhatTheBatchThrewToItsItemsAndGoOnServingOthers() throws Exception {
    Batcher<Integer, Integer> batcher =
        new Batcher<>(
            "test",
            1,
            100,
            items -> {
              if (items.contains(13)) {
                throw new IllegalArgumentException("unlucky");
              }
              return items.stream().map(i -> i * 2).toList();
            });
    try {
      assertThat(batcher.submitAsync(13))
          .failsWithin(5, TimeUnit.SECONDS)
          .withThrowableOfType(ExecutionException.class)
          .withCauseInstanceOf(IllegalArgumentException.class)
          .withMessageContaining("unlucky");
      assertThat(batcher.submitAsync(21)).succeedsWithin(5, TimeUnit.SECONDS).isEqualTo(42);
    } finally {
      batcher.stop();
    }
  }

  @Test
  void shouldFailItemsHandedInAfterItStopped() throws Exception {
    Batcher<Integer, Integer> batcher = new Batcher<>("test", 1, 10, items -> items);
    batcher.stop();

    assertThat(batcher.submitAsync(1))
        .failsWithin(5, TimeUnit.SECONDS)
        .withThrowableOfType(ExecutionException.class)
        .withCauseInstanceOf(IllegalStateException.class)
        .withMessageContaining("stopped");
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
