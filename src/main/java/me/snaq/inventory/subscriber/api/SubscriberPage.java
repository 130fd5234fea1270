package me.snaq.inventory.subscriber.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The schema of one JSON page of subscribers (the resource answers a Page of them). */
@Schema(name = "PageSubscriberResponse")
record SubscriberPage(
    List<SubscriberResponse> items,
    @Schema(description = "The cursor of the next page; absent on the last.") String nextCursor) {}
