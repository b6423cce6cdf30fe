package id.zonaintegritas;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import id.zonaintegritas.shared.ModuleData;
import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.SqlRelations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.ApplicationModule;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Modulith sees imports, not SQL: these tests hold every module's SQL to the
 * tables it owns and to the views other modules publish for it ({@link ModuleData}), and
 * count reading a module's view as depending on that module.
 */
@PortalIntegrationTest
class ModuleTablesTests {

	static final Path SOURCES = Path.of("src/main/java/id/zonaintegritas");

	@Autowired
	JdbcTemplate jdbc;

	SqlRelations relations;

	Map<String, Module> modules;

	@BeforeEach
	void readTheSchemaAndTheModules() throws Exception {
		this.relations = SqlRelations.of(this.jdbc);
		this.modules = modules();
	}

	@Test
	void everyTableAndViewBelongsToExactlyOneModule() {
		Map<String, List<String>> owners = new TreeMap<>();
		this.modules.values().forEach((module) -> {
			module.tables()
				.forEach((table) -> owners.computeIfAbsent(table, (t) -> new ArrayList<>()).add(module.name()));
			module.views().forEach((view) -> owners.computeIfAbsent(view, (v) -> new ArrayList<>()).add(module.name()));
		});

		assertThat(this.relations.all()).as("relations no module declares in its package-info's @ModuleData")
			.isSubsetOf(owners.keySet());
		assertThat(owners.keySet()).as("declared relations the database does not have")
			.isSubsetOf(this.relations.all());
		assertThat(owners).as("relations declared by more than one module")
			.allSatisfy((relation, declaredBy) -> assertThat(declaredBy).hasSize(1));
		this.modules.values().forEach((module) -> {
			assertThat(module.views()).as(module.name() + " publishes views, not tables")
				.allMatch(this.relations::isView);
			assertThat(module.tables()).as(module.name() + " owns tables; its views are published")
				.noneMatch(this.relations::isView);
		});
	}

	@Test
	void aModuleNamesOnlyItsOwnTablesAndTheViewsOfModulesItMayDependOn() throws IOException {
		List<String> trespasses = new ArrayList<>();
		for (Module module : this.modules.values()) {
			for (Path file : javaFiles(module)) {
				for (String relation : namedIn(file)) {
					Module owner = ownerOf(relation);
					if (owner == module) {
						continue;
					}
					if (!owner.views().contains(relation)) {
						trespasses.add(SOURCES.relativize(file) + " names " + owner.name() + "'s table " + relation
								+ ": read one of the views it publishes " + owner.views());
					}
					else if (!module.allowed().contains(owner.name())) {
						trespasses.add(SOURCES.relativize(file) + " reads " + owner.name() + "'s view " + relation
								+ ", but " + module.name() + " may not depend on " + owner.name());
					}
				}
			}
		}

		assertThat(trespasses).isEmpty();
	}

	@Test
	void theScanFindsTheSqlOfAModule() throws IOException {
		assertThat(namedIn(SOURCES.resolve("workflow/ReviewQueue.java"))).contains("stage_request", "zi_programme",
				"unit_listing", "reviewer_scope", "institution_listing");
		assertThat(namedIn(SOURCES.resolve("institution/WorkUnit.java"))).as("an entity's table").contains("work_unit");
		assertThat(SqlRelations.stringLiterals("""
				char quote = '"'; // "from work_unit"
				String sql = "select 1 from \\"x\\" join region g";
				""")).containsExactly("select 1 from \\\"x\\\" join region g");
	}

	private Set<String> namedIn(Path file) throws IOException {
		String java = Files.readString(file);
		Set<String> named = new TreeSet<>(this.relations.mappedIn(java));
		for (String literal : SqlRelations.stringLiterals(java)) {
			named.addAll(this.relations.namedIn(literal));
		}
		return named;
	}

	private Module ownerOf(String relation) {
		return this.modules.values()
			.stream()
			.filter((module) -> module.tables().contains(relation) || module.views().contains(relation))
			.findFirst()
			.orElseThrow(() -> new AssertionError(relation + " belongs to no module"));
	}

	private static List<Path> javaFiles(Module module) throws IOException {
		try (Stream<Path> files = Files.walk(SOURCES.resolve(module.name()))) {
			return files.filter((file) -> file.toString().endsWith(".java")).sorted().toList();
		}
	}

	private static Map<String, Module> modules() throws Exception {
		Map<String, Module> modules = new TreeMap<>();
		try (Stream<Path> packages = Files.list(SOURCES)) {
			for (Path dir : packages.filter((path) -> Files.exists(path.resolve("package-info.java"))).toList()) {
				String name = dir.getFileName().toString();
				Class<?> info = Class.forName("id.zonaintegritas." + name + ".package-info");
				ModuleData data = info.getAnnotation(ModuleData.class);
				ApplicationModule module = info.getAnnotation(ApplicationModule.class);
				modules.put(name,
						new Module(name, (data != null) ? Set.of(data.tables()) : Set.of(),
								(data != null) ? Set.of(data.views()) : Set.of(),
								(module != null) ? Set.of(module.allowedDependencies()) : Set.of()));
			}
		}
		return modules;
	}

	record Module(String name, Set<String> tables, Set<String> views, Set<String> allowed) {
	}

}
