package me.snaq.inventory.assignment.engine;

/** Why a product was chosen for a box: the strongest preference it satisfies. */
public enum Reason {
  REQUESTED,
  LOVED,
  LIKED,
  LIKED_CATEGORY,
  DISCOVERY,
  RATED_OK,
  RECEIVED_BEFORE
}
