package me.snaq.inventory.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import me.snaq.inventory.catalog.domain.Quota;
import me.snaq.inventory.catalog.domain.QuotaNotFoundException;
import me.snaq.inventory.catalog.persistence.BrandChecks;
import me.snaq.inventory.catalog.persistence.QuotaRepository;
import me.snaq.inventory.shared.error.PreconditionFailedException;
import me.snaq.inventory.shared.security.Caller;
import me.snaq.inventory.shared.web.Page;
import me.snaq.inventory.shared.web.PageRequest;

/** Brand quotas on house stock (DESIGN 3). Partners may read their own, staff set them. */
@ApplicationScoped
public class QuotaService {
  private final QuotaRepository quotas;
  private final BrandChecks checks;
  private final Clock clock;

  public QuotaService(QuotaRepository quotas, BrandChecks checks, Clock clock) {
    this.quotas = quotas;
    this.checks = checks;
    this.clock = clock;
  }

  @Transactional
  public Quota get(Caller caller, String brandCode, String sku) {
    checks.visible(caller, brandCode);
    return quotas
        .find(brandCode, sku)
        .orElseThrow(() -> new QuotaNotFoundException(brandCode, sku));
  }

  @Transactional
  public Page<Quota> list(Caller caller, String brandCode, PageRequest page) {
    checks.visible(caller, brandCode);
    return Page.of(quotas.page(brandCode, page), page, Quota::sku);
  }

  /** Creates or replaces the quota; the result tells which, for 201 against 200. */
  @Transactional
  public QuotaChange set(
      String brandCode, String sku, OptionalLong expectedVersion, QuotaTerms terms) {
    checks.ownProductSetting(brandCode, sku);
    Instant now = Instant.now(clock);
    Optional<Quota> existing = quotas.find(brandCode, sku);
    if (existing.isEmpty()) {
      PreconditionFailedException.check(expectedVersion, -1);
      Quota quota = Quota.create(brandCode, sku, terms, now);
      quotas.persistAndFlush(quota);
      return new QuotaChange(quota, true);
    }
    Quota quota = existing.get();
    PreconditionFailedException.check(expectedVersion, quota.version());
    quota.change(terms, now);
    quotas.flush();
    return new QuotaChange(quota, false);
  }

  @Transactional
  public void remove(String brandCode, String sku) {
    Quota quota =
        quotas.find(brandCode, sku).orElseThrow(() -> new QuotaNotFoundException(brandCode, sku));
    quotas.delete(quota);
  }

  /** The quota after a change, and whether it was created by it. */
  public record QuotaChange(Quota quota, boolean created) {}
}
