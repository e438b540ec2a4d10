package org.tandem.platform;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.tandemfixture.reach.ReachingFixture;
import org.tandemfixture.undeclared.UndeclaredFixture;

import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Shows that the verification {@link ModularityTests} relies on fails on the two ways a module can break its
 * boundary: reaching into another module's internal package, and using a module it has not declared in its
 * {@code allowedDependencies}. The fixture applications live in {@code org.tandemfixture}, outside Tandem.
 */
class ModularityViolationTests {

	/** The fixtures are test classes, which {@code ApplicationModules.of(Class)} leaves out by default. */
	private static final ImportOption TEST_CLASSES_TOO = location -> true;

	@Test
	void aModuleReachingIntoAnotherModulesInternalsFailsVerification() {
		assertThatThrownBy(() -> ApplicationModules.of(ReachingFixture.class, TEST_CLASSES_TOO).verify())
			.isInstanceOf(Violations.class)
			.hasMessageContaining("org.tandemfixture.reach.stock.internal.StockLedger")
			.hasMessageContaining("non-exposed type");
	}

	@Test
	void aModuleUsingAModuleItDidNotDeclareFailsVerification() {
		assertThatThrownBy(() -> ApplicationModules.of(UndeclaredFixture.class, TEST_CLASSES_TOO).verify())
			.isInstanceOf(Violations.class)
			.hasMessageContaining("org.tandemfixture.undeclared.shop.Order")
			.hasMessageContaining("org.tandemfixture.undeclared.billing.Invoices");
	}

}
