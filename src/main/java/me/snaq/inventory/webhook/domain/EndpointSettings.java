package me.snaq.inventory.webhook.domain;

import java.util.List;

/** What a caller chooses of an endpoint: where, which events, and a note. */
public record EndpointSettings(String url, List<String> events, String description) {}
