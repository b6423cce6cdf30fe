package id.zonaintegritas.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.model.ITemplateEnd;
import org.thymeleaf.model.ITemplateStart;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.templateboundaries.AbstractTemplateBoundariesProcessor;
import org.thymeleaf.processor.templateboundaries.ITemplateBoundariesStructureHandler;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templatemode.TemplateMode;

import org.springframework.expression.AccessException;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.PropertyAccessor;
import org.springframework.expression.TypedValue;
import org.springframework.expression.spel.support.ReflectivePropertyAccessor;

/**
 * Thymeleaf's check of every property a template reads, asked once per class and
 * property.
 * <p>
 * Before a template reads a property of an object ({@code ${row.name}}), Thymeleaf checks
 * that it is not a member an expression may never reach (of a class loader, a runtime):
 * it builds the getter's name and walks its lists of forbidden packages and types, on
 * every read. On the signing list, fifty rows of nine values, that was a tenth of the
 * page's time. The answer depends on nothing but the object's class and the property's
 * name, so it is remembered: when a page's template starts, the property accessor in its
 * expression context is wrapped in one that asks Thymeleaf's once for each class and
 * name.
 */
final class RememberedPropertyChecks extends AbstractProcessorDialect {

	RememberedPropertyChecks() {
		super("Remembered property checks", "portal", 0);
	}

	@Override
	public Set<IProcessor> getProcessors(String dialectPrefix) {
		return Set.of(new WrapAccessors(getDialectProcessorPrecedence()));
	}

	/** Wraps the context's reflective property accessors in {@link Remembering} ones. */
	static void rememberChecks(ThymeleafEvaluationContext spel) {
		List<PropertyAccessor> accessors = spel.getPropertyAccessors();
		if (accessors.stream().anyMatch(Remembering.class::isInstance)
				|| accessors.stream().noneMatch(ReflectivePropertyAccessor.class::isInstance)) {
			return;
		}
		List<PropertyAccessor> wrapped = new ArrayList<>(accessors.size());
		for (PropertyAccessor accessor : accessors) {
			wrapped.add((accessor instanceof ReflectivePropertyAccessor reflective) ? Remembering.of(reflective)
					: accessor);
		}
		spel.setPropertyAccessors(wrapped);
	}

	private static final class WrapAccessors extends AbstractTemplateBoundariesProcessor {

		WrapAccessors(int precedence) {
			super(TemplateMode.HTML, precedence);
		}

		@Override
		public void doProcessTemplateStart(ITemplateContext context, ITemplateStart templateStart,
				ITemplateBoundariesStructureHandler structureHandler) {
			Object found = context
				.getVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME);
			// With classes allowed beyond Thymeleaf's lists, its answers differ by view:
			// nothing is remembered then.
			if (!(found instanceof ThymeleafEvaluationContext spel) || spel.isVariableAccessRestricted()
					|| !spel.getAllowedClassOverridesForViews().isEmpty()) {
				return;
			}
			rememberChecks(spel);
		}

		@Override
		public void doProcessTemplateEnd(ITemplateContext context, ITemplateEnd templateEnd,
				ITemplateBoundariesStructureHandler structureHandler) {
		}

	}

	/**
	 * Thymeleaf's accessor, its answers kept by class and property name. It stays a
	 * reflective accessor, so that SpEL reads a property through the accessor Thymeleaf's
	 * makes for it and can compile the expression, as with Thymeleaf's own.
	 */
	static final class Remembering extends ReflectivePropertyAccessor {

		// Thymeleaf's accessor is one shared instance when no classes are allowed
		// beyond its lists, so there is one of these.
		private static final Map<ReflectivePropertyAccessor, Remembering> WRAPPERS = new ConcurrentHashMap<>();

		private final ReflectivePropertyAccessor checked;

		private final ClassValue<Map<String, Boolean>> answers = new ClassValue<>() {
			@Override
			protected Map<String, Boolean> computeValue(Class<?> type) {
				return new ConcurrentHashMap<>();
			}
		};

		private Remembering(ReflectivePropertyAccessor checked) {
			super(false);
			this.checked = checked;
		}

		static Remembering of(ReflectivePropertyAccessor checked) {
			return WRAPPERS.computeIfAbsent(checked, Remembering::new);
		}

		@Override
		public Class<?>[] getSpecificTargetClasses() {
			return this.checked.getSpecificTargetClasses();
		}

		@Override
		public boolean canRead(EvaluationContext context, Object target, String name) throws AccessException {
			if (target == null || target instanceof Class<?>) {
				return this.checked.canRead(context, target, name);
			}
			Map<String, Boolean> known = this.answers.get(target.getClass());
			Boolean answer = known.get(name);
			if (answer == null) {
				// A forbidden member throws here, every time: only answers are kept.
				answer = this.checked.canRead(context, target, name);
				known.put(name, answer);
			}
			return answer;
		}

		@Override
		public TypedValue read(EvaluationContext context, Object target, String name) throws AccessException {
			if (!canRead(context, target, name)) {
				throw new AccessException("No property '" + name + "' to read on " + target);
			}
			return this.checked.read(context, target, name);
		}

		@Override
		public PropertyAccessor createOptimalAccessor(EvaluationContext context, Object target, String name) {
			return this.checked.createOptimalAccessor(context, target, name);
		}

		@Override
		public boolean canWrite(EvaluationContext context, Object target, String name) throws AccessException {
			return this.checked.canWrite(context, target, name);
		}

		@Override
		public void write(EvaluationContext context, Object target, String name, Object newValue)
				throws AccessException {
			this.checked.write(context, target, name, newValue);
		}

	}

}
