package me.snaq.inventory.access.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import me.snaq.inventory.access.domain.ApiKey;
import me.snaq.inventory.shared.database.QueryBuilder;
import me.snaq.inventory.shared.security.Role;

@ApplicationScoped
public class ApiKeyRepository implements PanacheRepositoryBase<ApiKey, UUID> {

  public Optional<ApiKey> findActiveByHash(String hash) {
    return find("keyHash = ?1 and revokedAt is null", hash).firstResultOptional();
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
