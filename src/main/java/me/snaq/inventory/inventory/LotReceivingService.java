package me.snaq.inventory.inventory;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import me.snaq.inventory.shared.error.ApplicationException;
import me.snaq.inventory.shared.security.Caller;

/**
 * Receives many lots, each in its own transaction, so one bad line does not stop the others: the
 * result says, item by item, what was received and what was refused and why.
 */
@ApplicationScoped
public class LotReceivingService {
  private final LotService lots;

  public LotReceivingService(LotService lots) {
    this.lots = lots;
  }

  public List<ItemOutcome> receiveAll(Caller caller, List<LotReceipt> receipts) {
    List<ItemOutcome> outcomes = new ArrayList<>(receipts.size());
    for (LotReceipt receipt : receipts) {
      try {
        outcomes.add(new ItemOutcome(lots.receive(caller, receipt), null));
      } catch (ApplicationException refused) {
        outcomes.add(new ItemOutcome(null, refused));
      }
    }
    return outcomes;
  }

  /** The received lot, or why it was refused. */
  public record ItemOutcome(LotView lot, ApplicationException refusal) {}
}
