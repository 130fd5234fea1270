package me.snaq.inventory.inventory.api;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UnholdRequest", example = "{\"note\": \"inspected, released\"}")
public record UnholdRequest(@Size(max = 500) String note) {}
