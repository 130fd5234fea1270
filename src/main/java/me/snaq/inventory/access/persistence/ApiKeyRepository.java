package me.snaq.inventory.access.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import me.snaq.inventory.access.domain.ApiKey;
import me.snaq.inventory.shared.database.QueryBuilder;
import me.snaq.inventory.shared.security.Caller;
import me.snaq.inventory.shared.security.Role;

@ApplicationScoped
public class ApiKeyRepository implements PanacheRepositoryBase<ApiKey, UUID> {
  private final DataSource dataSource;

  public ApiKeyRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * The callers unrevoked keys stand for, by hash, for any number of hashes: every request asks, so
   * one plain indexed read with no entity built, on a connection of its own that goes back to the
   * pool at once. (Read through a request's Hibernate session, outside any transaction, the
   * connection would stay with the request while its transaction took a second one: with as many
   * requests in flight as the pool has connections, every request would wait for a second
   * connection forever.)
   */
  public Map<String, Caller> findActiveCallers(Collection<String> hashes) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                """
                SELECT key_hash, id, role, brand_code FROM access_api_key
                WHERE key_hash = ANY(?) AND revoked_at IS NULL
                """)) {
      statement.setArray(1, connection.createArrayOf("varchar", hashes.toArray()));
      Map<String, Caller> callers = new HashMap<>();
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          callers.put(
              row.getString(1),
              new Caller(row.getString(2), Role.valueOf(row.getString(3)), row.getString(4)));
        }
      }
      return callers;
    } catch (SQLException e) {
      throw new PersistenceException("API key lookup failed", e);
    }
  }

  public Optional<ApiKey> findByHash(String hash) {
    return find("keyHash", hash).firstResultOptional();
  }

  /** Keys in id order after the given id, {@code limit + 1} rows. */
  public List<ApiKey> page(Role role, boolean includeRevoked, UUID after, int limit) {
    QueryBuilder query =
        new QueryBuilder()
            .where("id > :after", "after", after)
            .where("role = :role", "role", role)
            .whereIf(!includeRevoked, "revokedAt is null");
    return find(query.jpql() + " order by id", query.parameters()).range(0, limit).list();
  }
}
