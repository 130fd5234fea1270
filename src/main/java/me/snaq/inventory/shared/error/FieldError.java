package me.snaq.inventory.shared.error;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid input: where it is (a JSON path, query or header name) and what is wrong. */
@Schema(name = "FieldError")
public record FieldError(
    @Schema(example = "lines[0].quantity") String field,
    @Schema(example = "must be greater than 0") String message) {}
