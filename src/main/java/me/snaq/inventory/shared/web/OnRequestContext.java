package me.snaq.inventory.shared.web;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * Brings work finished on another thread (a batcher's, say) back to the request that waits for it:
 * the returned stage completes on the request's own Vert.x context, where its request scope and
 * response live, with the failure itself rather than a {@link CompletionException} around it.
 */
public final class OnRequestContext {
  private OnRequestContext() {}

  /**
   * Call on the request's thread; completes as {@code work} does. Off any Vert.x context (a worker
   * that waits anyway), {@code work} is returned as it is.
   */
  public static <T> CompletionStage<T> of(CompletionStage<T> work) {
    Context context = Vertx.currentContext();
    if (context == null) {
      return work;
    }
    CompletableFuture<T> result = new CompletableFuture<>();
    work.whenComplete(
        (value, failure) ->
            context.runOnContext(
                ignored -> {
                  if (failure == null) {
                    result.complete(value);
                  } else {
                    result.completeExceptionally(
                        failure instanceof CompletionException wrapped && wrapped.getCause() != null
                            ? wrapped.getCause()
                            : failure);
                  }
                }));
    return result;
  }
}
