package me.snaq.inventory.inventory.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import me.snaq.inventory.inventory.LotReceipt;
import me.snaq.inventory.inventory.LotReceivingService;
import me.snaq.inventory.inventory.LotReceivingService.ItemOutcome;
import me.snaq.inventory.shared.error.ProblemFactory;
import me.snaq.inventory.shared.security.Caller;

/**
 * Checks each item of a bulk or CSV receipt on its own, receives the valid ones, and reports a
 * result per item: the lot, or a localized problem (validation or business rule).
 */
@ApplicationScoped
public class BulkReceipts {
  private final LotReceivingService receiving;
  private final Validator validator;
  private final ProblemFactory problems;

  public BulkReceipts(LotReceivingService receiving, Validator validator, ProblemFactory problems) {
    this.receiving = receiving;
    this.validator = validator;
    this.problems = problems;
  }

  /** One item to receive: its index (or CSV line), and its request or why it was unreadable. */
  record Entry(int index, ReceiveLotRequest request, RuntimeException unreadable) {}

  BulkReceiveResponse receive(Caller caller, List<Entry> entries, Locale locale, String requestId) {
    BulkReceiveResponse.Item[] items = new BulkReceiveResponse.Item[entries.size()];
    List<LotReceipt> valid = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      if (entry.unreadable() instanceof me.snaq.inventory.shared.error.ApplicationException e) {
        items[i] = refused(entry.index(), problems.of(e, locale, requestId));
        continue;
      }
      Set<ConstraintViolation<ReceiveLotRequest>> violations = validator.validate(entry.request());
      if (!violations.isEmpty()) {
        items[i] = refused(entry.index(), problems.invalid(violations, locale, requestId));
        continue;
      }
      valid.add(entry.request().receipt());
      positions.add(i);
    }
    List<ItemOutcome> outcomes = receiving.receiveAll(caller, valid);
    for (int k = 0; k < outcomes.size(); k++) {
      int i = positions.get(k);
      ItemOutcome outcome = outcomes.get(k);
      items[i] =
          outcome.lot() != null
              ? new BulkReceiveResponse.Item(
                  entries.get(i).index(), 201, LotResponse.from(outcome.lot()), null)
              : refused(entries.get(i).index(), problems.of(outcome.refusal(), locale, requestId));
    }
    return BulkReceiveResponse.of(Arrays.asList(items));
  }

  private static BulkReceiveResponse.Item refused(
      int index, me.snaq.inventory.shared.error.Problem problem) {
    return new BulkReceiveResponse.Item(index, problem.status(), null, problem);
  }
}
