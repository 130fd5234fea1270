package me.snaq.inventory.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import me.snaq.client.ApiClient;
import me.snaq.client.ApiException;
import me.snaq.client.api.AssignmentRunsApi;
import me.snaq.client.api.StockApi;
import me.snaq.client.api.SubscribersApi;
import me.snaq.client.model.AssignmentBox;
import me.snaq.client.model.AssignmentDemand;
import me.snaq.client.model.AssignmentRun;
import me.snaq.client.model.CreateAssignmentRun;
import me.snaq.client.model.PageBoxResponse;
import me.snaq.client.model.RunItem;
import me.snaq.client.model.RunMode;
import me.snaq.client.model.RunStatus;
import me.snaq.client.model.SubscriberProfile;
import me.snaq.client.model.SubscriberStatus;
import me.snaq.inventory.assignment.run.RunWorker;
import me.snaq.inventory.shared.security.Role;
import me.snaq.inventory.support.Api;
import me.snaq.inventory.support.RunTestData;
import me.snaq.inventory.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An assignment week through the generated client: profiles upserted, a PLAN read page by page and
 * explained, then a COMMIT that reserves and a cancel that gives every unit back.
 */
@QuarkusTest
class GeneratedClientRunTest {
  @Inject RunWorker worker;

  private ApiClient staff;
  private AssignmentRunsApi runs;
  private SubscribersApi subscribers;
  private StockApi stock;
  private final LocalDate delivery = TestData.today().plusDays(7);

  @BeforeEach
  void connect() {
    staff = ContractClients.withKey(Api.key(Role.STAFF));
    runs = new AssignmentRunsApi(staff);
    subscribers = new SubscribersApi(staff);
    stock = new StockApi(staff);
  }

  private AssignmentRun runToEnd(String brand, RunMode mode) throws ApiException {
    AssignmentRun queued =
        runs.startAssignmentRun(
            new CreateAssignmentRun().deliveryDate(delivery).brands(List.of(brand)).mode(mode),
            TestData.unique("run"));
    assertThat(queued.getStatus()).isEqualTo(RunStatus.QUEUED);
    while (worker.runNext()) {
      // every queued run, this one's included
    }
    return runs.getAssignmentRun(queued.getId());
  }

  private List<AssignmentBox> allBoxes(long run) throws ApiException {
    List<AssignmentBox> boxes = new ArrayList<>();
    String cursor = null;
    do {
      PageBoxResponse page = runs.listAssignmentBoxes(run, cursor, 3, null, null);
      boxes.addAll(page.getItems());
      cursor = page.getNextCursor();
    } while (cursor != null);
    return boxes;
  }

  private int reserved(List<Long> lots) throws ApiException {
    int sum = 0;
    for (long lot : lots) {
      sum += stock.getLot(lot).getReserved();
    }
    return sum;
  }

  @Test
  void shouldPlanExplainCommitAndCancelAWeekThroughTheGeneratedClient() throws ApiException {
    RunTestData line = RunTestData.boxLine(delivery, 0);
    String picky = line.brand() + ":" + TestData.unique("picky");
    String ngSku = stock.getLot(line.lots().get(0)).getSku();
    List<SubscriberProfile> profiles = new ArrayList<>();
    profiles.add(profile(picky, line.brand()).ngSkus(List.of(ngSku)));
    for (int i = 0; i < 3; i++) {
      profiles.add(profile(line.brand() + ":" + TestData.unique("s"), line.brand()));
    }
    assertThat(subscribers.upsertSubscribers(profiles).getCreated()).isEqualTo(4);

    AssignmentRun plan = runToEnd(line.brand(), RunMode.PLAN);
    assertThat(plan.getStatus()).isEqualTo(RunStatus.SUCCEEDED);
    assertThat(plan.getMetrics()).containsEntry("boxes", 4);
    List<AssignmentBox> boxes = allBoxes(plan.getId());
    assertThat(boxes).hasSize(4).allSatisfy(box -> assertThat(box.getItems()).hasSize(2));
    assertThat(boxes).extracting(AssignmentBox::getSubscriberId).doesNotHaveDuplicates();
    assertThat(reserved(line.lots())).as("a PLAN reserves nothing").isZero();

    AssignmentBox explained = runs.getAssignmentBox(plan.getId(), picky, true);
    assertThat(explained.getItems()).extracting(RunItem::getSku).doesNotContain(ngSku);
    assertThat(explained.getWhyNot())
        .anySatisfy(
            why -> {
              assertThat(why.getSku()).isEqualTo(ngSku);
              assertThat(why.getRule()).isEqualTo(me.snaq.client.model.Rule.NG_LIST);
            });
    List<AssignmentDemand> demand = runs.getAssignmentDemand(plan.getId());
    assertThat(demand.stream().mapToInt(AssignmentDemand::getUnits).sum()).isEqualTo(8);

    AssignmentRun commit = runToEnd(line.brand(), RunMode.COMMIT);
    assertThat(commit.getStatus()).isEqualTo(RunStatus.SUCCEEDED);
    assertThat(reserved(line.lots())).isEqualTo(8);
    assertThat(runs.cancelAssignmentRun(commit.getId()).getStatus()).isEqualTo(RunStatus.CANCELLED);
    assertThat(reserved(line.lots())).as("a cancelled COMMIT gives every unit back").isZero();
  }

  private SubscriberProfile profile(String id, String brand) {
    return new SubscriberProfile()
        .id(id)
        .brand(brand)
        .status(SubscriberStatus.ACTIVE)
        .nextDeliveryDate(delivery);
  }
}
