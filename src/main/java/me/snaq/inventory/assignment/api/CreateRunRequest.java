package me.snaq.inventory.assignment.api;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import me.snaq.inventory.assignment.domain.RunMode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "CreateAssignmentRun",
    example = "{\"deliveryDate\": \"2030-06-01\", \"brands\": [\"standard\"], \"mode\": \"PLAN\"}")
public record CreateRunRequest(
    @NotNull @Schema(required = true) LocalDate deliveryDate,
    @NotEmpty
        @Size(max = 50)
        @Schema(required = true, description = "Box lines (or partners) whose due boxes to assign.")
        List<@NotNull @Pattern(regexp = "^[a-z][a-z0-9-]{1,31}$") String> brands,
    @NotNull
        @Schema(
            required = true,
            description =
                "PLAN: the full assignment without touching stock (pre-assignment). COMMIT: the"
                    + " same, then every box's FIRM allocation, all or none; at most one COMMIT"
                    + " per brand and delivery date (409 COMMIT_IN_PROGRESS).")
        RunMode mode) {}
