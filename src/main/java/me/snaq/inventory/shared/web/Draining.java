package me.snaq.inventory.shared.web;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import me.snaq.inventory.shared.error.ShuttingDownException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A stopping replica finishes what it took and takes nothing new (SIGTERM, DESIGN 9): when the
 * shutdown delay starts, readiness is already DOWN and requests are still served for the delay (the
 * load balancer's time to notice); after it, a new API request is refused with 503 before any work,
 * and the shutdown waits until every request taken has been answered (up to the shutdown timeout)
 * before the beans behind them stop. It also counts the API requests it admits: background work
 * that should yield to them reads the count ({@link #admitted()}).
 */
@ApplicationScoped
public class Draining {
  private static final Logger LOG = Logger.getLogger(Draining.class);

  private final AtomicInteger inFlight = new AtomicInteger();
  private final LongAdder admitted = new LongAdder();
  private final Duration delay;
  private final Duration timeout;
  private volatile long refuseFrom = Long.MAX_VALUE;

  public Draining(
      @ConfigProperty(name = "quarkus.shutdown.delay") java.util.Optional<Duration> delay,
      @ConfigProperty(name = "quarkus.shutdown.timeout") java.util.Optional<Duration> timeout) {
    this.delay = delay.orElse(Duration.ZERO);
    this.timeout = timeout.orElse(Duration.ZERO);
  }

  /** Admits an API request, or refuses it when this replica has stopped taking new ones. */
  @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION - 50)
  public void admit(ContainerRequestContext request, RoutingContext routing) {
    if (!request.getUriInfo().getPath().startsWith("/v1/")) {
      return;
    }
    if (System.nanoTime() >= refuseFrom) {
      throw new ShuttingDownException();
    }
    inFlight.incrementAndGet();
    admitted.increment();
    routing.addEndHandler(done -> inFlight.decrementAndGet());
  }

  /** API requests admitted since this replica started. */
  public long admitted() {
    return admitted.sum();
  }

  void onShutdownDelay(@Observes ShutdownDelayInitiatedEvent event) {
    refuseFrom = System.nanoTime() + delay.toNanos();
    LOG.infof("Stopping: readiness is DOWN; new requests are refused in %d ms", delay.toMillis());
  }

  /** Before the beans behind the requests stop: no new request, and those taken answered. */
  void onShutdown(@Observes @Priority(0) ShutdownEvent event) {
    refuseFrom = Math.min(refuseFrom, System.nanoTime());
    long deadline = System.nanoTime() + timeout.toNanos();
    while (inFlight.get() > 0 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    if (inFlight.get() > 0) {
      LOG.warnf("Stopping with %d requests still unanswered after %s", inFlight.get(), timeout);
    }
  }
}
