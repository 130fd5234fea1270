package me.snaq.inventory.shared.security;

import java.util.Optional;

/**
 * Who is calling: the API key's id (the actor written into the ledger), its role and, for a
 * partner, the one brand it may see. Services take a caller to scope what they read and write.
 */
public record Caller(String keyId, Role role, String brand) {

  /** The principal of internal work (start-up tasks, jobs) that no API key started. */
  public static Caller system() {
    return new Caller("system", Role.ADMIN, null);
  }

  public boolean isPartner() {
    return role == Role.PARTNER;
  }

  /** The brand a partner is confined to; empty for roles that see every brand. */
  public Optional<String> brandScope() {
    return isPartner() ? Optional.of(brand) : Optional.empty();
  }

  /**
   * The brand a list filter may name for this caller: anyone's as asked for roles that see every
   * brand (null: all); a partner's own whatever it asked, and another brand (or one that does not
   * exist) is refused as not found, never answered silently with the partner's own data.
   */
  public String scopeBrand(String requested) {
    if (!isPartner()) {
      return requested;
    }
    if (requested != null && !requested.equals(brand)) {
      throw new ForeignBrandException(requested);
    }
    return brand;
  }

  /** Whether this caller may see data of the given brand. */
  public boolean canSeeBrand(String brandCode) {
    return !isPartner() || brand.equals(brandCode);
  }
}
