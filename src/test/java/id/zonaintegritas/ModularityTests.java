package id.zonaintegritas;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules keep to the dependencies their package-info allows; the docs are
 * regenerated.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(PortalApplication.class);

	@Test
	void modulesKeepToTheirAllowedDependencies() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
	}

}
