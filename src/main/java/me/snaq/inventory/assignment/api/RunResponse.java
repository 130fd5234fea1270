package me.snaq.inventory.assignment.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import me.snaq.inventory.assignment.domain.Run;
import me.snaq.inventory.assignment.domain.RunMode;
import me.snaq.inventory.assignment.domain.RunStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssignmentRun")
public record RunResponse(
    long id,
    LocalDate deliveryDate,
    List<String> brands,
    RunMode mode,
    RunStatus status,
    @Schema(
            description =
                "The step now running (LOAD, RANK, PRICE, FILL, EXCHANGE, POLISH,"
                    + " DESCRIBE, SAVE); absent when the run is not running.")
        String phase,
    @Schema(description = "Times the run was started; more than one after a worker died.")
        int attempts,
    @Schema(
            description =
                "The engine's metrics once SUCCEEDED: boxes, shortBoxes, fillRate,"
                    + " totalScore, preferenceScore, upperBound, gapToBound, minScore, p10Score,"
                    + " meanScore, requests, requestsHonoured, discoveryShare, nearFloorUnits,"
                    + " meanSatisfaction, worstTenthSatisfaction.")
        Map<String, Object> metrics,
    @Schema(description = "Seconds per phase.") Map<String, Double> phaseSeconds,
    String error,
    Instant createdAt,
    Instant startedAt,
    Instant finishedAt) {
  static RunResponse from(Run run) {
    return new RunResponse(
        run.id(),
        run.deliveryDate(),
        run.brands(),
        run.mode(),
        run.status(),
        run.status() == RunStatus.RUNNING ? run.phase() : null,
        run.attempts(),
        run.metrics(),
        run.phaseSeconds(),
        run.error(),
        run.createdAt(),
        run.startedAt(),
        run.finishedAt());
  }
}
