package me.snaq.inventory.subscriber.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import me.snaq.inventory.shared.web.JsonArrayItems;
import me.snaq.inventory.subscriber.ProfileItem;
import me.snaq.inventory.subscriber.domain.Violation;

/** The profiles of a JSON array body, bound one item at a time as the body streams in. */
final class JsonProfiles implements Iterator<ProfileItem> {
  private final JsonArrayItems<ProfileRequest> items;

  JsonProfiles(ObjectMapper mapper, InputStream body) {
    this.items = new JsonArrayItems<>(mapper, ProfileRequest.class, body);
  }

  @Override
  public boolean hasNext() {
    return items.hasNext();
  }

  @Override
  public ProfileItem next() {
    JsonArrayItems.Item<ProfileRequest> item = items.next();
    if (item.error() != null) {
      return ProfileItem.unreadable(item.index(), null, List.of(ItemErrors.of(item.error())));
    }
    if (item.value() == null) {
      return ProfileItem.unreadable(
          item.index(), null, List.of(Violation.of("item", "wrongType", "object")));
    }
    return ProfileItem.read(item.index(), item.value().toInput());
  }
}
