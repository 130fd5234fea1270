package me.snaq.inventory.assignment.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The schema of one JSON page of a run's boxes (the resource answers a Page of BoxResponse). */
@Schema(name = "PageBoxResponse")
record BoxPage(
    List<BoxResponse> items,
    @Schema(description = "The cursor of the next page; absent on the last.") String nextCursor) {}
