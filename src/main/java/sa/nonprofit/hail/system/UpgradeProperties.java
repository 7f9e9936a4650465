package sa.nonprofit.hail.system;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code app.upgrades}: the processes whose open cases move to the newly deployed version at start-up
 * ({@link ProcessUpgrades}); every other process's open cases finish on the version they started on.
 */
@ConfigurationProperties("app.upgrades")
public record UpgradeProperties(List<String> migrateToLatest) {

	public UpgradeProperties {
		migrateToLatest = migrateToLatest == null ? List.of() : List.copyOf(migrateToLatest);
	}

}
