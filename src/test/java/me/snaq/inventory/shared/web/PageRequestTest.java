package me.snaq.inventory.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import me.snaq.inventory.shared.error.ValidationFailedException;
import org.junit.jupiter.api.Test;

class PageRequestTest {

  @Test
  void shouldDefaultTheLimitAndStartAtTheBeginning() {
    assertThat(PageRequest.of(null, null))
        .isEqualTo(new PageRequest(PageRequest.DEFAULT_LIMIT, null));
  }

  @Test
  void shouldRoundTripACursor() {
    String cursor = PageRequest.cursorAfter("CHOC-001");
    assertThat(PageRequest.of("10", cursor).after()).isEqualTo("CHOC-001");
  }

  @Test
  void shouldRejectLimitsOutOfRangeOrNotANumber() {
    for (String limit : List.of("0", "-3", "201", "ten", "1.5")) {
      assertThatThrownBy(() -> PageRequest.of(limit, null))
          .isInstanceOf(ValidationFailedException.class)
          .extracting(e -> ((ValidationFailedException) e).field())
          .isEqualTo("limit");
    }
    assertThat(PageRequest.of("200", null).limit()).isEqualTo(200);
  }

  @Test
  void shouldRejectACursorItDidNotIssue() {
    assertThatThrownBy(() -> PageRequest.of(null, "%%%"))
        .isInstanceOf(ValidationFailedException.class);
    assertThatThrownBy(() -> PageRequest.of(null, "aGVsbG8"))
        .isInstanceOf(ValidationFailedException.class);
  }

  @Test
  void shouldOfferANextCursorOnlyWhenARowBeyondTheLimitWasFetched() {
    PageRequest request = PageRequest.of("2", null);
    Page<String> full = Page.of(List.of("a", "b", "c"), request, s -> s);
    assertThat(full.items()).containsExactly("a", "b");
    assertThat(PageRequest.of("2", full.nextCursor()).after()).isEqualTo("b");
    Page<String> last = Page.of(List.of("a", "b"), request, s -> s);
    assertThat(last.nextCursor()).isNull();
  }
}
