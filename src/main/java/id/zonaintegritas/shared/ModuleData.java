package id.zonaintegritas.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a module's package: the database relations it owns. Only its own code names its
 * tables; other modules read the views it publishes, which is where a rule about its data
 * (a unit's province, a programme's default stage) is written once. Spring Modulith sees
 * imports, not SQL: {@code ModuleTablesTests} holds the SQL of every module to this.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface ModuleData {

	/** The tables the module owns: only its code reads or writes them. */
	String[] tables() default {};

	/** The views the module publishes for the others to read. */
	String[] views() default {};

}
