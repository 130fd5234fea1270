package me.snaq.inventory.assignment.run;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import me.snaq.inventory.assignment.domain.Run;
import me.snaq.inventory.assignment.domain.RunBox;
import me.snaq.inventory.assignment.domain.RunDemand;
import me.snaq.inventory.webhook.OutboxEvent;
import me.snaq.inventory.webhook.WebhookEventType;
import me.snaq.inventory.webhook.WebhookOutboxService;

/**
 * {@code assignment_run.succeeded} and {@code .failed}, in the transaction that ends the run: one
 * event for the whole run ({@code {id, deliveryDate, brands, mode, status, metrics, shortages,
 * error}}) for endpoints of every brand, and for each brand of the run its own view ({@code {id,
 * deliveryDate, brand, mode, status, boxes, shortBoxes}}, with the metrics and shortages when the
 * run was that brand's alone) for the brand's endpoints. A COMMIT sends these, not one event per
 * box.
 */
@ApplicationScoped
public class RunEvents {
  private final WebhookOutboxService outbox;

  public RunEvents(WebhookOutboxService outbox) {
    this.outbox = outbox;
  }

  void succeeded(Run run, Map<String, Object> metrics, List<RunBox> boxes, List<RunDemand> demand) {
    List<Map<String, Object>> shortages = new ArrayList<>();
    for (RunDemand product : demand) {
      Integer shortUnits = product.shortUnits();
      if (shortUnits != null && shortUnits > 0) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("sku", product.sku());
        row.put("short", shortUnits);
        row.put("unmet", product.unmet());
        row.put("available", product.available());
        shortages.add(row);
      }
    }
    Map<String, int[]> perBrand = new TreeMap<>();
    run.brands().forEach(brand -> perBrand.put(brand, new int[2]));
    for (RunBox box : boxes) {
      int[] counts = perBrand.computeIfAbsent(box.brand(), b -> new int[2]);
      counts[0]++;
      counts[1] += box.isShort() ? 1 : 0;
    }
    publish(
        WebhookEventType.ASSIGNMENT_RUN_SUCCEEDED,
        run,
        "SUCCEEDED",
        metrics,
        shortages,
        null,
        perBrand);
  }

  void failed(Run run, String error) {
    Map<String, int[]> perBrand = new TreeMap<>();
    run.brands().forEach(brand -> perBrand.put(brand, new int[2]));
    publish(WebhookEventType.ASSIGNMENT_RUN_FAILED, run, "FAILED", null, null, error, perBrand);
  }

  private void publish(
      WebhookEventType type,
      Run run,
      String status,
      Map<String, Object> metrics,
      List<Map<String, Object>> shortages,
      String error,
      Map<String, int[]> perBrand) {
    List<OutboxEvent> events = new ArrayList<>();
    Map<String, Object> whole = base(run, status);
    whole.put("brands", run.brands());
    whole.put("metrics", metrics);
    whole.put("shortages", shortages);
    whole.put("error", error);
    events.add(OutboxEvent.of(type, null, clean(whole)));
    boolean alone = run.brands().size() == 1;
    perBrand.forEach(
        (brand, counts) -> {
          Map<String, Object> view = base(run, status);
          view.put("brand", brand);
          view.put("boxes", status.equals("SUCCEEDED") ? counts[0] : null);
          view.put("shortBoxes", status.equals("SUCCEEDED") ? counts[1] : null);
          view.put("metrics", alone ? metrics : null);
          view.put("shortages", alone ? shortages : null);
          view.put("error", error);
          events.add(OutboxEvent.brandView(type, brand, clean(view)));
        });
    outbox.publish(events);
  }

  private static Map<String, Object> base(Run run, String status) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("id", run.id());
    data.put("deliveryDate", run.deliveryDate());
    data.put("mode", run.mode());
    data.put("status", status);
    return data;
  }

  private static Map<String, Object> clean(Map<String, Object> data) {
    data.values().removeIf(Objects::isNull);
    return data;
  }
}
