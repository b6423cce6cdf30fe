package id.zonaintegritas.config;

import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import org.springframework.context.support.StaticApplicationContext;
import org.springframework.expression.EvaluationException;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.standard.SpelExpressionParser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A template's property reads give what Thymeleaf's accessor gives, and what it forbids
 * stays forbidden however often it is asked, and after the same expression read an
 * allowed object.
 */
class RememberedPropertyChecksTests {

	record Signatory(String name, String contextClassLoader) {
	}

	@Test
	void aPropertyIsReadAsThymeleafReadsItEveryTime() {
		ThymeleafEvaluationContext context = context();
		Expression name = new SpelExpressionParser().parseExpression("name");

		assertThat(name.getValue(context, new Signatory("Wulan Sari", "-"))).isEqualTo("Wulan Sari");
		assertThat(name.getValue(context, new Signatory("Budi Santoso", "-"))).isEqualTo("Budi Santoso");
		assertThat(context.getPropertyAccessors())
			.hasAtLeastOneElementOfType(RememberedPropertyChecks.Remembering.class);
	}

	@Test
	void aForbiddenMemberStaysForbiddenAfterTheSameExpressionReadAnAllowedOne() {
		ThymeleafEvaluationContext context = context();
		Expression loader = new SpelExpressionParser().parseExpression("contextClassLoader");

		assertThat(loader.getValue(context, new Signatory("Wulan Sari", "not a class loader")))
			.isEqualTo("not a class loader");
		for (int i = 0; i < 2; i++) {
			assertThatExceptionOfType(EvaluationException.class)
				.isThrownBy(() -> loader.getValue(context, Thread.currentThread()));
		}
	}

	private static ThymeleafEvaluationContext context() {
		StaticApplicationContext application = new StaticApplicationContext();
		application.refresh();
		ThymeleafEvaluationContext context = new ThymeleafEvaluationContext(application, null);
		RememberedPropertyChecks.rememberChecks(context);
		return context;
	}

}
