package id.zonaintegritas.assessment.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import id.zonaintegritas.assessment.Scorecard;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Scores and values as the reader's language writes them, rounded only here, for
 * templates: {@code ${@scores.shown(score)}} gives 48,25 in Bahasa Indonesia and 48.25 in
 * English.
 */
@Component("scores")
public class ScoreDisplay {

	/**
	 * Made once per thread and language: creating a number format looks up the language's
	 * symbols, and an LKE page writes scores by the dozen (a twentieth of the overview's
	 * time, docs/performance.md).
	 */
	private static final ThreadLocal<Map<Locale, NumberFormat>> SCORE_FORMATS = ThreadLocal.withInitial(HashMap::new);

	private static final ThreadLocal<Map<Locale, NumberFormat>> TYPED_FORMATS = ThreadLocal.withInitial(HashMap::new);

	private final MessageSource messages;

	ScoreDisplay(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * A minimum not met yet: what it is about, where the unit stands, the minimum and how
	 * much is missing.
	 */
	public String gapLine(Scorecard.MinimumCheck check) {
		Locale locale = LocaleContextHolder.getLocale();
		String criterion = this.messages.getMessage("lke.criterion." + check.minimum().criterion(),
				new Object[] { check.minimum().scope() }, locale);
		String unit = this.messages.getMessage("lke.unit." + check.minimum().unit(), null, locale);
		return this.messages.getMessage("lke.gap.line", new Object[] { criterion, shown(check.actual()),
				shown(check.minimum().minimum()), shown(check.shortBy()), unit }, locale);
	}

	/** What a minimum is about, in the reader's language: Area A, or IPAK. */
	public String criterion(Scorecard.MinimumCheck check) {
		return this.messages.getMessage("lke.criterion." + check.minimum().criterion(),
				new Object[] { check.minimum().scope() }, LocaleContextHolder.getLocale());
	}

	/** A value in a minimum's unit: 15,75 poin, or 62,50 % bobot. */
	public String inUnit(Scorecard.MinimumCheck check, BigDecimal value) {
		return shown(value) + " "
				+ this.messages.getMessage("lke.unit." + check.minimum().unit(), null, LocaleContextHolder.getLocale());
	}

	/** Two decimals, as scores are published. */
	public String shown(BigDecimal score) {
		if (score == null) {
			return "";
		}
		return SCORE_FORMATS.get().computeIfAbsent(LocaleContextHolder.getLocale(), (locale) -> {
			NumberFormat format = NumberFormat.getNumberInstance(locale);
			format.setMinimumFractionDigits(Scorecard.DISPLAY_SCALE);
			format.setMaximumFractionDigits(Scorecard.DISPLAY_SCALE);
			format.setRoundingMode(RoundingMode.HALF_UP);
			return format;
		}).format(score);
	}

	/** A number as typed: no trailing zeros (12, 3,6). */
	public String number(BigDecimal number) {
		if (number == null) {
			return "";
		}
		return TYPED_FORMATS.get().computeIfAbsent(LocaleContextHolder.getLocale(), (locale) -> {
			NumberFormat format = NumberFormat.getNumberInstance(locale);
			format.setMaximumFractionDigits(4);
			format.setGroupingUsed(false);
			return format;
		}).format(number);
	}

}
