package me.snaq.inventory.access.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import me.snaq.inventory.access.domain.ApiKey;
import me.snaq.inventory.shared.database.Jdbc;
import me.snaq.inventory.shared.database.QueryBuilder;
import me.snaq.inventory.shared.security.Caller;
import me.snaq.inventory.shared.security.Role;

@ApplicationScoped
public class ApiKeyRepository implements PanacheRepositoryBase<ApiKey, UUID> {
  private final Jdbc jdbc;

  public ApiKeyRepository(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The caller an unrevoked key's hash stands for: every request asks, so one plain indexed read
   * with no entity built.
   */
  public Optional<Caller> findActiveCaller(String hash) {
    return jdbc.first(
        "SELECT id, role, brand_code FROM access_api_key"
            + " WHERE key_hash = ? AND revoked_at IS NULL",
        row -> new Caller(row.getString(1), Role.valueOf(row.getString(2)), row.getString(3)),
        hash);
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
