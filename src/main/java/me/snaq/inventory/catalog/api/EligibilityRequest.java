package me.snaq.inventory.catalog.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EligibilityRequest", example = "{\"brands\": [\"standard\", \"otsumami\"]}")
public record EligibilityRequest(
    @NotNull @Size(max = 100) Set<@NotNull @Pattern(regexp = Patterns.BRAND_CODE) String> brands) {}
