package me.snaq.inventory.inventory.api;

import java.util.List;
import me.snaq.inventory.inventory.LedgerService.Reconciliation;
import me.snaq.inventory.inventory.domain.Balance;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Reconciliation")
public record ReconciliationResponse(
    long lotsChecked, long movementsChecked, List<DriftItem> drift) {

  @Schema(name = "Drift", description = "A lot whose projection differs from its ledger.")
  public record DriftItem(long lotId, Balance projected, Balance ledger) {}

  static ReconciliationResponse from(Reconciliation reconciliation) {
    return new ReconciliationResponse(
        reconciliation.lotsChecked(),
        reconciliation.movementsChecked(),
        reconciliation.drift().stream()
            .map(d -> new DriftItem(d.lotId(), d.projected(), d.ledger()))
            .toList());
  }
}
