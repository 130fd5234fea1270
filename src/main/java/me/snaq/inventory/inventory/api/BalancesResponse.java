package me.snaq.inventory.inventory.api;

import java.time.Instant;
import java.util.List;
import me.snaq.inventory.inventory.domain.LotBalance;
import me.snaq.inventory.inventory.domain.LotStatus;
import me.snaq.inventory.shared.error.ValidationFailedException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "Balances",
    description = "Lots as they stood at an instant, summed from the ledger.")
public record BalancesResponse(String sku, Instant at, int onHand, int reserved, List<LotAt> lots) {

  @Schema(name = "LotBalance")
  public record LotAt(
      long lotId, String lotCode, String owner, int onHand, int reserved, LotStatus status) {}

  static BalancesResponse of(String sku, Instant at, List<LotBalance> balances) {
    List<LotAt> lots =
        balances.stream()
            .map(
                b ->
                    new LotAt(
                        b.lotId(),
                        b.lotCode(),
                        b.owner(),
                        b.balance().onHand(),
                        b.balance().reserved(),
                        b.balance().status()))
            .toList();
    return new BalancesResponse(
        sku,
        at,
        lots.stream().mapToInt(LotAt::onHand).sum(),
        lots.stream().mapToInt(LotAt::reserved).sum(),
        lots);
  }

  /** The instant asked about: required. */
  static Instant required(Instant at) {
    if (at == null) {
      throw new ValidationFailedException("at", "required");
    }
    return at;
  }
}
