package me.snaq.inventory.shared.database;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server and database a {@code jdbc:postgresql://host[:port]/database[?params]} URL names.
 *
 * @param query the URL's parameters with their {@code ?}, or empty
 */
public record PostgresAddress(String host, int port, String database, String query) {
  private static final int DEFAULT_PORT = 5432;
  private static final Pattern URL =
      Pattern.compile(
          "jdbc:postgresql://(\\[[^]]+]|[^:/?\\[]+)(?::(\\d{1,5}))?/([A-Za-z0-9_]+)(\\?.*)?");

  /** The address, or empty when the URL is not one PostgreSQL URL of one host and database. */
  public static Optional<PostgresAddress> parse(String jdbcUrl) {
    Matcher url = URL.matcher(jdbcUrl);
    if (!url.matches()) {
      return Optional.empty();
    }
    int port = url.group(2) == null ? DEFAULT_PORT : Integer.parseInt(url.group(2));
    return Optional.of(
        new PostgresAddress(
            url.group(1), port, url.group(3), url.group(4) == null ? "" : url.group(4)));
  }

  /** Whether the server would run on this machine (a loopback name). */
  public boolean isLocal() {
    return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
  }

  /** The URL of another database on the same server, with the same parameters. */
  public String urlOf(String otherDatabase) {
    return "jdbc:postgresql://" + host + ":" + port + "/" + otherDatabase + query;
  }

  @Override
  public String toString() {
    return urlOf(database);
  }
}
