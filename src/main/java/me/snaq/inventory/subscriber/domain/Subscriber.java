package me.snaq.inventory.subscriber.domain;

import java.time.Instant;

/** A stored subscriber: the profile and the version that changes with every real change. */
public record Subscriber(Profile profile, long version, Instant createdAt, Instant updatedAt) {

  public String id() {
    return profile.id();
  }
}
