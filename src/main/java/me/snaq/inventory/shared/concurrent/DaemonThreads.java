package me.snaq.inventory.shared.concurrent;

import java.util.concurrent.ThreadFactory;

/** Threads of the service's own background work: named for thread dumps, never keeping it alive. */
public final class DaemonThreads {
  private DaemonThreads() {}

  public static ThreadFactory named(String name) {
    return task -> {
      Thread thread = new Thread(task, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
