package id.zonaintegritas;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;

import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * House rules that keep the modules' insides private and the web layer where it belongs.
 */
@AnalyzeClasses(packages = "id.zonaintegritas", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule entitiesArePackagePrivate = classes().that()
		.areAnnotatedWith(Entity.class)
		.should()
		.notBePublic()
		.because("a module exposes services and records, never its managed entities");

	@ArchTest
	static final ArchRule repositoriesArePackagePrivate = classes().that()
		.areAssignableTo(Repository.class)
		.should()
		.notBePublic()
		.because("only a module's own service reaches its tables");

	@ArchTest
	static final ArchRule controllersLiveInWebPackages = classes().that()
		.areAnnotatedWith(Controller.class)
		.or()
		.areAnnotatedWith(RestController.class)
		.should()
		.resideInAPackage("..web..")
		.andShould()
		.notBePublic();

	@ArchTest
	static final ArchRule domainDoesNotDependOnTheWebLayer = noClasses().that()
		.resideOutsideOfPackages("id.zonaintegritas..web..", "id.zonaintegritas.config..")
		.should()
		.dependOnClassesThat(
				resideInAnyPackage("id.zonaintegritas..web..", "org.springframework.web..", "jakarta.servlet..")
					.and(not(equivalentTo(BindParam.class))))
		.because("the domain knows nothing of HTTP (a filter record may name its query parameters); "
				+ "config/ErrorPages maps its exceptions to pages");

}
