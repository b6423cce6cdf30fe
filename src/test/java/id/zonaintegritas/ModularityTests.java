package id.zonaintegritas;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import id.zonaintegritas.shared.ModuleData;
import id.zonaintegritas.support.SqlRelations;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules keep to the dependencies their package-info allows, every allowed
 * dependency is used (in code, or by reading the views a module publishes), and the
 * module table of {@code docs/architecture.md} is that map; the diagrams are regenerated.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(PortalApplication.class);

	static final Path ARCHITECTURE = Path.of("docs/architecture.md");

	static final Pattern TABLE_ROW = Pattern.compile("(?m)^\\| `(\\w+)` \\| [^|]+ \\| ([^|]+) \\|$");

	@Test
	void modulesKeepToTheirAllowedDependencies() {
		modules.verify();
	}

	@Test
	void everyAllowedDependencyIsUsed() throws Exception {
		Map<String, Set<String>> unused = new TreeMap<>();
		for (ApplicationModule module : modules) {
			Set<String> used = module.getDirectDependencies(modules)
				.uniqueModules()
				.map(ApplicationModule::getName)
				.collect(Collectors.toCollection(HashSet::new));
			used.addAll(modulesWhoseViewsAreRead(module.getName()));
			Set<String> stale = new TreeSet<>(allowed(module.getName()));
			stale.removeAll(used);
			if (!stale.isEmpty()) {
				unused.put(module.getName(), stale);
			}
		}

		assertThat(unused).as("allowed but never used: take them out of package-info").isEmpty();
	}

	@Test
	void theArchitectureDocumentShowsTheModulesAsTheyAre() throws Exception {
		Map<String, Set<String>> documented = new TreeMap<>();
		String document = Files.readString(ARCHITECTURE);
		int section = document.indexOf("## Modules and their allowed dependencies");
		Matcher row = TABLE_ROW.matcher(document.substring(section, document.indexOf("\n## ", section + 1)));
		while (row.find()) {
			Set<String> uses = Arrays.stream(row.group(2).split(","))
				.map(String::strip)
				.filter((name) -> !name.equals("—"))
				.collect(Collectors.toCollection(TreeSet::new));
			documented.put(row.group(1), uses);
		}
		Map<String, Set<String>> actual = new TreeMap<>();
		for (ApplicationModule module : modules) {
			actual.put(module.getName(), new TreeSet<>(allowed(module.getName())));
		}

		assertThat(documented).as("the module table of docs/architecture.md").isEqualTo(actual);
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
	}

	private static Set<String> allowed(String module) throws ClassNotFoundException {
		org.springframework.modulith.ApplicationModule declared = packageInfo(module)
			.getAnnotation(org.springframework.modulith.ApplicationModule.class);
		// Without a list (the open module shared), Spring Modulith's default means none.
		return (declared != null) ? Arrays.stream(declared.allowedDependencies())
			.filter((name) -> !name.equals(org.springframework.modulith.ApplicationModule.OPEN_TOKEN))
			.collect(Collectors.toSet()) : Set.of();
	}

	/** The modules whose published views this module's SQL reads. */
	private static Set<String> modulesWhoseViewsAreRead(String module) throws Exception {
		Map<String, String> viewOwners = new TreeMap<>();
		for (ApplicationModule other : modules) {
			ModuleData data = packageInfo(other.getName()).getAnnotation(ModuleData.class);
			if (data != null && !other.getName().equals(module)) {
				Arrays.stream(data.views()).forEach((view) -> viewOwners.put(view, other.getName()));
			}
		}
		SqlRelations views = SqlRelations.only(viewOwners.keySet());
		Set<String> owners = new TreeSet<>();
		for (Path file : javaFiles(module)) {
			for (String literal : SqlRelations.stringLiterals(Files.readString(file))) {
				views.namedIn(literal).forEach((view) -> owners.add(viewOwners.get(view)));
			}
		}
		return owners;
	}

	private static List<Path> javaFiles(String module) throws IOException {
		try (Stream<Path> files = Files.walk(ModuleTablesTests.SOURCES.resolve(module))) {
			return files.filter((file) -> file.toString().endsWith(".java")).toList();
		}
	}

	private static Class<?> packageInfo(String module) throws ClassNotFoundException {
		return Class.forName("id.zonaintegritas." + module + ".package-info");
	}

}
