package id.zonaintegritas.assessment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.zonaintegritas.shared.Predicate;

/**
 * A version of the LKE instrument, whole: its areas, sub-areas, questions and minimums.
 * Immutable; the scores of a self-assessment are computed against the version it was made
 * under.
 *
 * @param id the version's id (0 for one not stored yet)
 * @param name its name, such as "PermenPAN-RB 90/2021"
 * @param published whether it is published (and so fixed)
 * @param areas the six pengungkit areas, then the two hasil areas
 * @param minimums every minimum the sources give, the applied ones marked
 */
public record LkeVersion(long id, String name, boolean published, List<LkeArea> areas, List<Minimum> minimums) {

	public LkeVersion {
		areas = List.copyOf(areas);
		minimums = List.copyOf(minimums);
	}

	/** Every sub-area, in order. */
	public List<LkeSubArea> subAreas() {
		return this.areas.stream().flatMap((area) -> area.subAreas().stream()).toList();
	}

	/** Every question, in order. */
	public List<LkeQuestion> questions() {
		return subAreas().stream().flatMap((subArea) -> subArea.questions().stream()).toList();
	}

	public Optional<LkeArea> area(String code) {
		return this.areas.stream().filter((area) -> area.code().equals(code)).findFirst();
	}

	public Optional<LkeQuestion> question(String code) {
		return questions().stream().filter((question) -> question.code().equals(code)).findFirst();
	}

	/** The sub-area a question belongs to. */
	public Optional<LkeSubArea> subAreaOf(String questionCode) {
		return subAreas().stream()
			.filter((subArea) -> subArea.questions().stream().anyMatch((q) -> q.code().equals(questionCode)))
			.findFirst();
	}

	/** The area a question belongs to. */
	public Optional<LkeArea> areaOf(String questionCode) {
		return this.areas.stream()
			.filter((area) -> area.subAreas()
				.stream()
				.anyMatch((subArea) -> subArea.questions().stream().anyMatch((q) -> q.code().equals(questionCode))))
			.findFirst();
	}

	/** The questions by code. */
	public Map<String, LkeQuestion> questionsByCode() {
		return questions().stream().collect(Collectors.toMap(LkeQuestion::code, Function.identity()));
	}

	/** The minimums a unit is checked against for this predicate. */
	public List<Minimum> appliedMinimums(Predicate predicate) {
		return this.minimums.stream()
			.filter((minimum) -> minimum.applied() && minimum.predicate() == predicate)
			.toList();
	}

}
