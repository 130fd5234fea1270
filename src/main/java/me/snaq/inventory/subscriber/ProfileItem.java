package me.snaq.inventory.subscriber;

import java.util.List;
import me.snaq.inventory.subscriber.domain.Violation;

/**
 * One item of a bulk upsert: its position (JSON: from 0; CSV: the line number), the profile read
 * from it, and what could not be read at all (a wrong JSON type, an unparsable date). An item with
 * read errors is refused without checking its rules.
 */
public record ProfileItem(int index, ProfileInput input, List<Violation> readErrors) {

  public static ProfileItem read(int index, ProfileInput input) {
    return new ProfileItem(index, input, List.of());
  }

  public static ProfileItem unreadable(int index, String id, List<Violation> errors) {
    ProfileInput known = new ProfileInput(id, null, null, null, null, null, null, null, null);
    return new ProfileItem(index, known, List.copyOf(errors));
  }
}
