package me.snaq.inventory.inventory.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "BulkReceiveRequest",
    description = "Up to 1,000 receipts; each is checked and received on its own.")
public record BulkReceiveRequest(
    @NotNull @Size(min = 1, max = 1000) List<ReceiveLotRequest> lots) {}
