package me.snaq.inventory.shared.database;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/**
 * Whether this profile may start an embedded PostgreSQL when nothing answers at the URL's local
 * address (dev and test: yes; production: never), where its data lives, and whether it is kept
 * between starts.
 */
@ConfigMapping(prefix = "inventory.database.embedded")
public interface EmbeddedSettings {
  @WithDefault("false")
  boolean enabled();

  @WithDefault("target/embedded-postgres")
  Path dataDir();

  @WithDefault("true")
  boolean keepData();
}
