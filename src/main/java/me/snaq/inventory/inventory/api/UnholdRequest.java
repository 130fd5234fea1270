package me.snaq.inventory.inventory.api;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Why a lot leaves quarantine (DESIGN 8: {@code {reason, reviewOn?}}); {@code note} is the older
 * name of the same text, accepted as well. The body may be left out.
 */
@Schema(name = "UnholdRequest", example = "{\"reason\": \"inspected, released\"}")
public record UnholdRequest(
    @Size(max = 500) @Schema(description = "Why the hold ends; recorded on the UNHOLD movement.")
        String reason,
    @Size(max = 500) @Schema(description = "The same as reason (older name).", deprecated = true)
        String note) {
  /** The text the ledger records. */
  public String text() {
    return reason != null ? reason : note;
  }
}
