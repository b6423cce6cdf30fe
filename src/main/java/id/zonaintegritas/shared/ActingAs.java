package id.zonaintegritas.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a handler's {@link Actor} parameter: the signed-in user, acting in the first of
 * these roles that they hold. A user who holds none of them is refused (403) before the
 * handler runs.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ActingAs {

	/** The capacities the handler acts in, the first one held being taken. */
	ActorRole[] value();

}
