package me.snaq.inventory.shared.security;

/** Role names as used in {@code @RolesAllowed}; they match {@link Role}. */
public final class Roles {
  public static final String ADMIN = "ADMIN";
  public static final String STAFF = "STAFF";
  public static final String PARTNER = "PARTNER";
  public static final String ASSIGNER = "ASSIGNER";

  private Roles() {}
}
