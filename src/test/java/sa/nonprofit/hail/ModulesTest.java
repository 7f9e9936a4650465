package sa.nonprofit.hail;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The feature packages are modules: no cycle between them, no reach into another module's internals (its
 * sub-packages), and each uses only the modules its {@code package-info} allows.
 */
class ModulesTest {

	private final ApplicationModules modules = ApplicationModules.of(AssociationApplication.class);

	@Test
	void featurePackagesKeepTheirBoundaries() {
		this.modules.verify();
	}

}
