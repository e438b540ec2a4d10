package org.tandem.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.tandem.TandemApplication;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Module boundaries by Spring Modulith's own rules (each module's {@code @ApplicationModule(allowedDependencies)} and
 * its internal subpackages), plus the conventions Spring Modulith does not check; writes the module documentation.
 * {@link ModularityViolationTests} shows the verification failing on a deliberate violation.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(TandemApplication.class);

	static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.tandem");

	/** Each module uses only the modules its package-info allows (the platform: none), and only their root packages. */
	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	/**
	 * Without its own {@code allowedDependencies} a module may depend on every other one, and verification would
	 * only catch reaching into internals: every module states what it uses in its {@code package-info.java}.
	 */
	@Test
	void everyModuleDeclaresTheModulesItMayUse() {
		assertThat(MODULES.stream()).allSatisfy(module -> {
			ApplicationModule declaration = declaration(module.getBasePackage().getName());
			assertThat(declaration).as("@ApplicationModule on %s's package-info.java", module.getIdentifier()).isNotNull();
			assertThat(declaration.allowedDependencies()).as("allowedDependencies of %s", module.getIdentifier())
				.doesNotContain(ApplicationModule.OPEN_TOKEN);
		});
	}

	@Test
	void controllersAreNotPublic() {
		classes().that().areAnnotatedWith(org.springframework.stereotype.Controller.class)
			.or().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
			.should().notBePublic()
			.check(CLASSES);
	}

	@Test
	void noJpaAnywhere() {
		noClasses().should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..").check(CLASSES);
	}

	private static @Nullable ApplicationModule declaration(String basePackage) {
		try {
			return Class.forName(basePackage + ".package-info").getAnnotation(ApplicationModule.class);
		}
		catch (ClassNotFoundException e) {
			return null;
		}
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}

}
