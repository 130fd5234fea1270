package me.snaq.inventory.shared.security;

/**
 * What an API key may do. ADMIN manages keys and may do all STAFF does; STAFF runs the warehouse;
 * PARTNER acts for one partner brand only; ASSIGNER is the internal trigger of assignment runs.
 */
public enum Role {
  ADMIN,
  STAFF,
  PARTNER,
  ASSIGNER
}
