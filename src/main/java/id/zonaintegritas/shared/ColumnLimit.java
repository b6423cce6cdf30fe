package id.zonaintegritas.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the one constant that declares how long a text may be: forms ({@code @Size}) and
 * the domain ({@link Text#requireAtMost}) use the constant, and a test holds it equal to
 * the length of the column named here.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ColumnLimit {

	/**
	 * @return the table that stores the text
	 */
	String table();

	/**
	 * @return the column that stores the text
	 */
	String column();

}
