package me.snaq.inventory.shared.error;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A line that cannot be served in full: how many were asked for and how many can be had. */
@Schema(name = "ShortLine")
public record ShortLine(String sku, int requested, int available) {}
