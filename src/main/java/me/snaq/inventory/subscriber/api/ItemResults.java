package me.snaq.inventory.subscriber.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import me.snaq.inventory.shared.error.FieldError;
import me.snaq.inventory.shared.error.ProblemFactory;
import me.snaq.inventory.subscriber.BulkResult;
import me.snaq.inventory.subscriber.ItemStatus;
import me.snaq.inventory.subscriber.domain.Violation;

/** Writes the per-item results of bulk requests, with messages in the caller's language. */
@ApplicationScoped
public class ItemResults {
  private final ProblemFactory problems;

  public ItemResults(ProblemFactory problems) {
    this.problems = problems;
  }

  BulkUpsertResponse of(BulkResult result, Locale locale) {
    return new BulkUpsertResponse(
        result.count(ItemStatus.CREATED),
        result.count(ItemStatus.UPDATED),
        result.count(ItemStatus.UNCHANGED),
        result.count(ItemStatus.REJECTED),
        result.items().stream()
            .map(
                item ->
                    new BulkUpsertResponse.Item(
                        item.index(), item.id(), item.status(), errors(item.violations(), locale)))
            .toList());
  }

  DeliveryImportResponse ofDeliveries(BulkResult result, Locale locale) {
    return new DeliveryImportResponse(
        result.count(ItemStatus.CREATED),
        result.count(ItemStatus.UNCHANGED),
        result.count(ItemStatus.REJECTED),
        result.items().stream()
            .map(
                item ->
                    new DeliveryImportResponse.Item(
                        item.index(), item.id(), item.status(), errors(item.violations(), locale)))
            .toList());
  }

  private List<FieldError> errors(List<Violation> violations, Locale locale) {
    return violations.stream()
        .map(
            v ->
                new FieldError(
                    v.field(), problems.fieldMessage(v.key(), locale, v.arguments().toArray())))
        .toList();
  }
}
