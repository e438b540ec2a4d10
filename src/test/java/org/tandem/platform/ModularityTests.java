package org.tandem.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.tandem.TandemApplication;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Module boundaries, plus the conventions Spring Modulith does not check; writes the module documentation. */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(TandemApplication.class);

	static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.tandem");

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void thePlatformDependsOnNoOtherModule() {
		noClasses().that().resideInAPackage("org.tandem.platform..")
			.should().dependOnClassesThat()
			.resideInAnyPackage("org.tandem.account..", "org.tandem.privacy..", "org.tandem.organization..",
					"org.tandem.intake..", "org.tandem.directory..")
			.check(CLASSES);
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

	@Test
	void writesModuleDocumentation() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}

}
