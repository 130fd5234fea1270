package me.snaq.inventory.inventory.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "HoldRequest",
    example =
        "{\"reason\": \"supplier reported a packaging defect\", \"reviewOn\": \"2030-06-08\"}")
public record HoldRequest(@NotBlank @Size(max = 200) String reason, LocalDate reviewOn) {}
