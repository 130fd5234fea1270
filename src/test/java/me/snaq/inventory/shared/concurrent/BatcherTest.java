package me.snaq.inventory.shared.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import me.snaq.inventory.support.Waits;
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
              Waits.await(letItFinish);
              return items.stream().map(i -> "item " + i).toList();
            });
    try {
      CompletableFuture<String> first = batcher.submitAsync(0);
      assertThat(firstBatchRunning.await(5, TimeUnit.SECONDS)).isTrue();
      // submitAsync returns at once: the ten are queued behind the running batch when it ends.
      List<CompletableFuture<String>> waiting = new ArrayList<>();
      for (int i = 1; i <= 10; i++) {
        waiting.add(batcher.submitAsync(i));
      }
      letItFinish.countDown();

      assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("item 0");
      for (int i = 1; i <= 10; i++) {
        assertThat(waiting.get(i - 1).get(5, TimeUnit.SECONDS)).isEqualTo("item " + i);
      }
      assertThat(sizes).containsExactly(1, 10);
    } finally {
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
}
