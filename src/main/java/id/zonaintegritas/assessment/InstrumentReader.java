package id.zonaintegritas.assessment;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import id.zonaintegritas.shared.LineNumbers;
import id.zonaintegritas.shared.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the six files of an LKE version into an instrument, all or nothing, and checks
 * them as the data's own {@code check.py} does: the shape of every file and line, the
 * code scheme, the answer types and their options, the formulas, the weights (pengungkit
 * 60, hasil 40, both halves of an area equal, best answers 100 and worst 0), the scoring
 * values, the minimums against the weights, and that every numeric and Ya/Tidak question
 * has its inputs and its criterion. What holds only for PermenPAN-RB 90/2021 (110
 * questions, how many of each type) is checked by its test, not here: a later regulation
 * may change it. Every problem is reported, with its file and line.
 */
final class InstrumentReader {

	static final Map<String, List<String>> HEADERS = Map.of(InstrumentFiles.QUESTIONS,
			List.of("code", "component", "part", "area_code", "area_name", "sub_area_code", "sub_area_name",
					"sub_area_weight", "order", "question", "answer_type", "options", "numeric_inputs"),
			InstrumentFiles.SCORING, List.of("answer_type", "option", "value", "source", "note"),
			InstrumentFiles.MINIMUMS,
			List.of("predicate", "criterion", "scope", "unit", "minimum", "source", "status", "note"),
			InstrumentFiles.HASIL,
			List.of("code", "component", "weight", "input", "value_formula", "score_formula", "source", "status",
					"note"),
			InstrumentFiles.NUMERIC_INPUTS,
			List.of("code", "input_order", "input_name", "role", "label_ezi", "label_axx"), InstrumentFiles.PENJELASAN,
			List.of("code", "kind", "source", "text"));

	/** The minimums the portal checks a unit against; the others are kept as data. */
	static final Set<String> APPLIED_CRITERIA = Set.of("total_score", "pengungkit_total", "area_absolute",
			"bersih_dan_akuntabel", "ipak", "capaian_kinerja", "ipkp");

	/** Criteria every version must give for both predicates. */
	static final Set<String> REQUIRED_CRITERIA = Set.of("total_score", "pengungkit_total", "area_percent_of_weight",
			"area_absolute", "bersih_dan_akuntabel", "ipak", "capaian_kinerja", "ipkp");

	static final Set<String> KNOWN_CRITERIA = Set.of("total_score", "pengungkit_total", "area_percent_of_weight",
			"area_absolute", "area_part_absolute", "area_part_percent_of_weight", "bersih_dan_akuntabel", "ipak",
			"capaian_kinerja", "ipkp");

	private static final Pattern PENGUNGKIT_CODE = Pattern.compile("P[PR][A-Z][1-9][A-Z]");

	private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final BigDecimal TOLERANCE = new BigDecimal("0.005");

	private final List<InstrumentProblem> problems = new ArrayList<>();

	private final Map<String, String> texts = new LinkedHashMap<>();

	private InstrumentReader() {
	}

	/**
	 * What the files say, or every problem found in them.
	 *
	 * @param version the instrument, when there are no problems
	 * @param texts each file's text, as read
	 * @param problems every problem, by file and line
	 */
	record Result(LkeVersion version, Map<String, String> texts, List<InstrumentProblem> problems) {

		boolean ok() {
			return this.problems.isEmpty();
		}

	}

	static Result read(InstrumentFiles files) {
		return new InstrumentReader().readAll(files);
	}

	private Result readAll(InstrumentFiles files) {
		if (files.name() == null || files.name().isBlank()) {
			problem("", 0, "lke.instrument.nameMissing");
		}
		Map<String, List<Row>> rows = new HashMap<>();
		for (String file : InstrumentFiles.NAMES) {
			List<Row> read = rows(file, files.contents().get(file));
			if (read != null) {
				rows.put(file, read);
			}
		}
		if (!this.problems.isEmpty()) {
			return new Result(null, this.texts, this.problems);
		}
		Map<String, Map<String, BigDecimal>> scoring = scoring(rows.get(InstrumentFiles.SCORING));
		Map<String, List<NumericInputRow>> inputs = numericInputs(rows.get(InstrumentFiles.NUMERIC_INPUTS));
		Map<String, String> criteria = criteria(rows.get(InstrumentFiles.PENJELASAN));
		List<LkeArea> areas = questions(rows.get(InstrumentFiles.QUESTIONS), scoring, inputs, criteria);
		if (!this.problems.isEmpty()) {
			return new Result(null, this.texts, this.problems);
		}
		LkeVersion draft = new LkeVersion(0, files.name().strip(), false, areas, List.of());
		checkWeights(draft);
		checkInputsAndCriteria(draft, rows.get(InstrumentFiles.NUMERIC_INPUTS), rows.get(InstrumentFiles.PENJELASAN),
				inputs);
		checkHasil(draft, rows.get(InstrumentFiles.HASIL));
		List<Minimum> minimums = minimums(draft, rows.get(InstrumentFiles.MINIMUMS));
		if (!this.problems.isEmpty()) {
			return new Result(null, this.texts, this.problems);
		}
		return new Result(new LkeVersion(0, draft.name(), false, areas, minimums), this.texts, List.of());
	}

	// ------------------------------------------------------------------ every file

	private record Row(long line, Map<String, String> fields) {

		String get(String column) {
			return this.fields.get(column);
		}

	}

	private List<Row> rows(String file, byte[] content) {
		if (content == null || content.length == 0) {
			problem(file, 0, "lke.instrument.fileMissing");
			return null;
		}
		if (content.length > InstrumentFiles.MAX_BYTES) {
			problem(file, 0, "lke.instrument.fileTooLarge", InstrumentFiles.MAX_BYTES / (1024 * 1024));
			return null;
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			problem(file, 0, "lke.instrument.notUtf8");
			return null;
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		this.texts.put(file, text);
		List<String> header = HEADERS.get(file);
		LineNumbers lines = new LineNumbers(text);
		List<Row> rows = new ArrayList<>();
		int before = this.problems.size();
		try (CSVParser parser = CSVParser.builder()
			.setReader(new StringReader(text))
			.setFormat(CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get())
			.get()) {
			boolean first = true;
			for (CSVRecord record : parser) {
				long line = lines.of(record.getCharacterPosition());
				List<String> values = record.toList();
				if (first) {
					first = false;
					if (!values.equals(header)) {
						problem(file, line, "lke.instrument.header", String.join(",", header));
						return null;
					}
					continue;
				}
				if (values.size() != header.size()) {
					problem(file, line, "lke.instrument.fieldCount", values.size(), header.size());
					continue;
				}
				Map<String, String> fields = new LinkedHashMap<>();
				for (int i = 0; i < header.size(); i++) {
					String value = values.get(i);
					if (!value.equals(value.strip()) || value.contains("  ") || value.contains("\n")
							|| value.contains("\r") || value.contains("\t")) {
						problem(file, line, "lke.instrument.whitespace", header.get(i));
					}
					fields.put(header.get(i), value);
				}
				rows.add(new Row(line, fields));
			}
			if (first) {
				problem(file, 0, "lke.instrument.empty");
				return null;
			}
		}
		catch (IOException | RuntimeException ex) {
			problem(file, 0, "lke.instrument.unreadable");
			return null;
		}
		return (this.problems.size() == before) ? rows : null;
	}

	// ------------------------------------------------------------------ scoring.csv

	private Map<String, Map<String, BigDecimal>> scoring(List<Row> rows) {
		Map<String, Map<String, BigDecimal>> values = new LinkedHashMap<>();
		for (Row row : rows) {
			AnswerType type = answerType(InstrumentFiles.SCORING, row, row.get("answer_type"));
			BigDecimal value = decimal(InstrumentFiles.SCORING, row, "value");
			if (type == null || value == null) {
				continue;
			}
			if (type.isNumeric()) {
				problem(InstrumentFiles.SCORING, row.line(), "lke.instrument.scoringNumeric");
				continue;
			}
			if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
				problem(InstrumentFiles.SCORING, row.line(), "lke.instrument.valueRange", value);
			}
			if (values.computeIfAbsent(type.name(), (t) -> new LinkedHashMap<>())
				.put(row.get("option"), value) != null) {
				problem(InstrumentFiles.SCORING, row.line(), "lke.instrument.duplicate", row.get("option"));
			}
		}
		for (AnswerType type : AnswerType.values()) {
			if (type.isNumeric()) {
				continue;
			}
			List<BigDecimal> scale = new ArrayList<>(values.getOrDefault(type.name(), Map.of()).values());
			if (scale.size() != type.options() || scale.get(0).compareTo(BigDecimal.ONE) != 0
					|| scale.get(scale.size() - 1).signum() != 0
					|| !scale.stream().sorted(Comparator.reverseOrder()).toList().equals(scale)) {
				problem(InstrumentFiles.SCORING, 0, "lke.instrument.scale", type.name(), type.options());
			}
		}
		return values;
	}

	// ------------------------------------------------------------------
	// numeric_inputs.csv, penjelasan.csv

	private record NumericInputRow(long line, String name, String role, String label) {
	}

	private Map<String, List<NumericInputRow>> numericInputs(List<Row> rows) {
		Map<String, List<NumericInputRow>> inputs = new LinkedHashMap<>();
		for (Row row : rows) {
			String name = row.get("input_name");
			String label = row.get("label_ezi").isEmpty() ? row.get("label_axx") : row.get("label_ezi");
			inputs.computeIfAbsent(row.get("code"), (code) -> new ArrayList<>())
				.add(new NumericInputRow(row.line(), name, row.get("role").isEmpty() ? null : row.get("role"), label));
		}
		return inputs;
	}

	// The "Ya, jika …" criterion of each Ya/Tidak question: AXX's where both give one
	// (EZI's
	// texts carry conversion artefacts and one criterion of the next question; see the
	// data's README, row 21).
	private Map<String, String> criteria(List<Row> rows) {
		Map<String, String> criteria = new HashMap<>();
		for (Row row : rows) {
			if (!"ya_criterion".equals(row.get("kind"))) {
				continue;
			}
			if (!criteria.containsKey(row.get("code")) || "AXX".equals(row.get("source"))) {
				criteria.put(row.get("code"), row.get("text"));
			}
		}
		return criteria;
	}

	// ------------------------------------------------------------------ questions.csv

	private List<LkeArea> questions(List<Row> rows, Map<String, Map<String, BigDecimal>> scoring,
			Map<String, List<NumericInputRow>> inputs, Map<String, String> criteria) {
		String file = InstrumentFiles.QUESTIONS;
		Map<String, String> areaNames = new LinkedHashMap<>();
		Map<String, Part.Component> areaComponents = new HashMap<>();
		Map<String, List<Row>> subAreaRows = new LinkedHashMap<>();
		Set<String> codes = new HashSet<>();
		for (Row row : rows) {
			String code = row.get("code");
			if (!codes.add(code)) {
				problem(file, row.line(), "lke.instrument.duplicate", code);
				continue;
			}
			Part part = part(row);
			if (part == null) {
				continue;
			}
			boolean pengungkit = part.component() == Part.Component.PENGUNGKIT;
			boolean consistent = pengungkit
					? PENGUNGKIT_CODE.matcher(code).matches() && row.get("sub_area_code").equals(code.substring(0, 4))
							&& row.get("area_code").equals(code.substring(2, 3))
							&& (code.charAt(1) == 'P') == (part == Part.PEMENUHAN)
					: row.get("sub_area_code").equals(code) && code.startsWith(row.get("area_code"));
			if (!consistent) {
				problem(file, row.line(), "lke.instrument.codeScheme", code);
				continue;
			}
			String areaName = areaNames.putIfAbsent(row.get("area_code"), row.get("area_name"));
			if (areaName != null && !areaName.equals(row.get("area_name"))) {
				problem(file, row.line(), "lke.instrument.inconsistent", "area_name", row.get("area_code"));
			}
			Part.Component known = areaComponents.putIfAbsent(row.get("area_code"), part.component());
			if (known != null && known != part.component()) {
				problem(file, row.line(), "lke.instrument.inconsistent", "component", row.get("area_code"));
			}
			subAreaRows.computeIfAbsent(row.get("sub_area_code"), (s) -> new ArrayList<>()).add(row);
		}
		Map<String, List<LkeSubArea>> subAreasByArea = new LinkedHashMap<>();
		areaNames.keySet().forEach((area) -> subAreasByArea.put(area, new ArrayList<>()));
		for (Map.Entry<String, List<Row>> entry : subAreaRows.entrySet()) {
			LkeSubArea subArea = subArea(entry.getKey(), entry.getValue(), scoring, inputs, criteria);
			if (subArea != null) {
				subAreasByArea.get(entry.getValue().get(0).get("area_code")).add(subArea);
			}
		}
		List<LkeArea> areas = new ArrayList<>();
		subAreasByArea.forEach((code, subAreas) -> areas
			.add(new LkeArea(code, areaNames.get(code), areaComponents.get(code), subAreas)));
		// Pengungkit first, then hasil, each in the order of the file.
		areas.sort(Comparator.comparing((LkeArea area) -> area.component().ordinal()));
		return areas;
	}

	private Part part(Row row) {
		String file = InstrumentFiles.QUESTIONS;
		String component = row.get("component");
		String part = row.get("part");
		try {
			Part parsed = Part.valueOf(part);
			if (!parsed.component().name().equals(component)) {
				problem(file, row.line(), "lke.instrument.partComponent", part, component);
				return null;
			}
			return parsed;
		}
		catch (IllegalArgumentException ex) {
			problem(file, row.line(), "lke.instrument.unknown", "part", part);
			return null;
		}
	}

	private LkeSubArea subArea(String code, List<Row> rows, Map<String, Map<String, BigDecimal>> scoring,
			Map<String, List<NumericInputRow>> inputs, Map<String, String> criteria) {
		String file = InstrumentFiles.QUESTIONS;
		Row first = rows.get(0);
		for (Row row : rows) {
			if (!row.get("sub_area_name").equals(first.get("sub_area_name"))
					|| !row.get("sub_area_weight").equals(first.get("sub_area_weight"))
					|| !row.get("part").equals(first.get("part"))) {
				problem(file, row.line(), "lke.instrument.inconsistent", "sub_area", code);
				return null;
			}
		}
		BigDecimal weight = decimal(file, first, "sub_area_weight");
		if (weight == null) {
			return null;
		}
		if (weight.signum() <= 0) {
			problem(file, first.line(), "lke.instrument.weightPositive", code);
			return null;
		}
		List<LkeQuestion> questions = new ArrayList<>();
		for (Row row : rows) {
			LkeQuestion question = question(row, scoring, inputs, criteria);
			if (question != null) {
				questions.add(question);
			}
		}
		questions.sort(Comparator.comparingInt(LkeQuestion::position));
		for (int i = 0; i < questions.size(); i++) {
			if (questions.get(i).position() != i + 1) {
				problem(file, rows.get(0).line(), "lke.instrument.order", code, rows.size());
				return null;
			}
		}
		return new LkeSubArea(code, first.get("sub_area_name"), Part.valueOf(first.get("part")), weight, questions);
	}

	private LkeQuestion question(Row row, Map<String, Map<String, BigDecimal>> scoring,
			Map<String, List<NumericInputRow>> inputs, Map<String, String> criteria) {
		String file = InstrumentFiles.QUESTIONS;
		String code = row.get("code");
		AnswerType type = answerType(file, row, row.get("answer_type"));
		Integer order = integer(file, row, "order");
		if (type == null || order == null) {
			return null;
		}
		if (row.get("question").isEmpty()) {
			problem(file, row.line(), "lke.instrument.questionMissing", code);
		}
		boolean pengungkit = code.startsWith("P");
		if (pengungkit && order != code.charAt(4) - 'A' + 1) {
			problem(file, row.line(), "lke.instrument.codeScheme", code);
		}
		List<String> optionTexts = row.get("options").isEmpty() ? List.of()
				: List.of(row.get("options").split(" \\| ", -1));
		if (type.isNumeric() == row.get("numeric_inputs").isEmpty()) {
			problem(file, row.line(), "lke.instrument.numericInputs", code);
			return null;
		}
		if (optionTexts.size() != type.options() || optionTexts.stream().anyMatch(String::isEmpty)) {
			problem(file, row.line(), "lke.instrument.optionCount", code, type.options(), optionTexts.size());
			return null;
		}
		if (type == AnswerType.YA_TIDAK && !optionTexts.equals(List.of("Ya", "Tidak"))) {
			problem(file, row.line(), "lke.instrument.yaTidak", code);
			return null;
		}
		List<LkeOption> options = new ArrayList<>();
		if (!type.isNumeric()) {
			List<Map.Entry<String, BigDecimal>> scale = new ArrayList<>(scoring.get(type.name()).entrySet());
			for (int i = 0; i < optionTexts.size(); i++) {
				options.add(new LkeOption(0, scale.get(i).getKey(), optionTexts.get(i), scale.get(i).getValue()));
			}
		}
		Formula formula = null;
		List<NumericInput> numericInputs = new ArrayList<>();
		if (type.isNumeric()) {
			String[] parts = row.get("numeric_inputs").split(";", -1);
			String last = parts[parts.length - 1];
			List<String> names = List.of(parts).subList(0, parts.length - 1);
			if (!last.startsWith("value=") || names.isEmpty() || new HashSet<>(names).size() != names.size()
					|| names.stream().anyMatch((name) -> !NAME.matcher(name).matches())) {
				problem(file, row.line(), "lke.instrument.numericSpec", code);
				return null;
			}
			try {
				formula = Formula.parse(last.substring("value=".length()));
			}
			catch (IllegalArgumentException ex) {
				problem(file, row.line(), "lke.instrument.formula", code, ex.getMessage());
				return null;
			}
			Set<String> unknown = new TreeSet<>(formula.inputs());
			unknown.removeAll(names);
			if (!unknown.isEmpty()) {
				problem(file, row.line(), "lke.instrument.formulaInputs", code, String.join(", ", unknown));
				return null;
			}
			Map<String, NumericInputRow> described = inputs.getOrDefault(code, List.of())
				.stream()
				.collect(Collectors.toMap(NumericInputRow::name, Function.identity(), (a, b) -> a));
			for (String name : names) {
				NumericInputRow input = described.get(name);
				numericInputs.add(new NumericInput(name, (input != null) ? input.label() : null,
						(input != null) ? input.role() : null, !pengungkit));
			}
		}
		return new LkeQuestion(0, code, order, row.get("question"), type, options, numericInputs, formula,
				criteria.get(code));
	}

	// ------------------------------------------------------------------ the whole

	private void checkWeights(LkeVersion version) {
		String file = InstrumentFiles.QUESTIONS;
		BigDecimal pengungkit = BigDecimal.ZERO;
		BigDecimal hasil = BigDecimal.ZERO;
		for (LkeArea area : version.areas()) {
			if (area.isPengungkit()) {
				BigDecimal pemenuhan = sum(area.subAreasOf(Part.PEMENUHAN));
				BigDecimal reform = sum(area.subAreasOf(Part.REFORM));
				if (pemenuhan.compareTo(reform) != 0) {
					problem(file, 0, "lke.instrument.halves", area.code(), pemenuhan, reform);
				}
				pengungkit = pengungkit.add(area.weight());
			}
			else {
				hasil = hasil.add(area.weight());
			}
		}
		if (pengungkit.compareTo(BigDecimal.valueOf(60)) != 0) {
			problem(file, 0, "lke.instrument.pengungkitWeight", pengungkit);
		}
		if (hasil.compareTo(BigDecimal.valueOf(40)) != 0) {
			problem(file, 0, "lke.instrument.hasilWeight", hasil);
		}
		if (!this.problems.isEmpty()) {
			return;
		}
		BigDecimal best = Scorecard.of(version, answers(version, true)).total();
		BigDecimal worst = Scorecard.of(version, answers(version, false)).total();
		if (best.compareTo(HUNDRED) != 0 || worst.signum() != 0) {
			problem(file, 0, "lke.instrument.bestWorst", Scorecard.shown(best), Scorecard.shown(worst));
		}
	}

	/**
	 * Every question answered at its best (or worst): the values an instrument must span.
	 */
	static Map<String, BigDecimal> answers(LkeVersion version, boolean best) {
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		for (LkeQuestion question : version.questions()) {
			values.put(question.code(), best ? BigDecimal.ONE : BigDecimal.ZERO);
		}
		return values;
	}

	private void checkInputsAndCriteria(LkeVersion version, List<Row> inputRows, List<Row> criterionRows,
			Map<String, List<NumericInputRow>> inputs) {
		Map<String, LkeQuestion> questions = version.questionsByCode();
		for (Row row : inputRows) {
			LkeQuestion question = questions.get(row.get("code"));
			if (question == null || !question.type().isNumeric()) {
				problem(InstrumentFiles.NUMERIC_INPUTS, row.line(), "lke.instrument.notNumeric", row.get("code"));
			}
		}
		for (LkeQuestion question : version.questions()) {
			if (question.type().isNumeric() && question.code().startsWith("P")) {
				Set<String> listed = inputs.getOrDefault(question.code(), List.of())
					.stream()
					.map(NumericInputRow::name)
					.collect(Collectors.toSet());
				for (NumericInput input : question.inputs()) {
					if (!listed.contains(input.name())) {
						problem(InstrumentFiles.NUMERIC_INPUTS, 0, "lke.instrument.inputMissing", question.code(),
								input.name());
					}
				}
			}
			if (question.type() == AnswerType.YA_TIDAK && question.criterion() == null) {
				problem(InstrumentFiles.PENJELASAN, 0, "lke.instrument.criterionMissing", question.code());
			}
		}
		for (Row row : criterionRows) {
			if (!questions.containsKey(row.get("code"))) {
				problem(InstrumentFiles.PENJELASAN, row.line(), "lke.instrument.unknown", "code", row.get("code"));
			}
		}
	}

	private void checkHasil(LkeVersion version, List<Row> rows) {
		String file = InstrumentFiles.HASIL;
		Map<String, BigDecimal> weights = new HashMap<>();
		Map<String, Integer> chosen = new TreeMap<>();
		for (Row row : rows) {
			BigDecimal weight = decimal(file, row, "weight");
			if (weight == null) {
				return;
			}
			weights.putIfAbsent(row.get("code"), weight);
			chosen.merge(row.get("code"), Set.of("chosen", "agree").contains(row.get("status")) ? 1 : 0, Integer::sum);
		}
		Scorecard empty = Scorecard.of(version, Map.of());
		for (LkeSubArea subArea : version.subAreas()) {
			if (subArea.part().component() == Part.Component.HASIL) {
				BigDecimal weight = weights.get(subArea.code());
				if (weight == null || weight.compareTo(subArea.weight()) != 0) {
					problem(file, 0, "lke.instrument.hasilComponent", subArea.code(), subArea.weight());
				}
			}
		}
		for (LkeArea area : version.areas()) {
			if (!area.isPengungkit()
					&& (weights.get(area.code()) == null || weights.get(area.code()).compareTo(area.weight()) != 0)) {
				problem(file, 0, "lke.instrument.hasilComponent", area.code(), area.weight());
			}
		}
		if (weights.get("TOTAL") == null || weights.get("TOTAL").compareTo(HUNDRED) != 0 || weights.get("H") == null
				|| weights.get("H").compareTo(empty.weight("HASIL")) != 0) {
			problem(file, 0, "lke.instrument.hasilTotals");
		}
		chosen.forEach((code, count) -> {
			if (count != 1) {
				problem(file, 0, "lke.instrument.hasilChosen", code);
			}
		});
	}

	private List<Minimum> minimums(LkeVersion version, List<Row> rows) {
		String file = InstrumentFiles.MINIMUMS;
		Scorecard empty = Scorecard.of(version, Map.of());
		Set<String> scopes = new HashSet<>(Set.of("TOTAL", "PENGUNGKIT"));
		version.areas().forEach((area) -> scopes.add(area.code()));
		version.subAreas().forEach((subArea) -> {
			scopes.add(subArea.code());
			scopes.add(subArea.halfCode());
		});
		List<Minimum> read = new ArrayList<>();
		Map<List<String>, List<Minimum>> groups = new LinkedHashMap<>();
		Map<List<String>, Long> lines = new HashMap<>();
		for (Row row : rows) {
			Predicate predicate;
			try {
				predicate = Predicate.valueOf(row.get("predicate"));
			}
			catch (IllegalArgumentException ex) {
				problem(file, row.line(), "lke.instrument.unknown", "predicate", row.get("predicate"));
				continue;
			}
			BigDecimal value = decimal(file, row, "minimum");
			if (value == null) {
				continue;
			}
			if (!KNOWN_CRITERIA.contains(row.get("criterion"))) {
				problem(file, row.line(), "lke.instrument.unknown", "criterion", row.get("criterion"));
				continue;
			}
			if (!scopes.contains(row.get("scope"))) {
				problem(file, row.line(), "lke.instrument.unknown", "scope", row.get("scope"));
				continue;
			}
			if (!Set.of("points", "percent_of_weight").contains(row.get("unit"))) {
				problem(file, row.line(), "lke.instrument.unknown", "unit", row.get("unit"));
				continue;
			}
			if (!Set.of("agree", "disagree", "single_source", "derived").contains(row.get("status"))) {
				problem(file, row.line(), "lke.instrument.unknown", "status", row.get("status"));
				continue;
			}
			BigDecimal ceiling = "points".equals(row.get("unit")) ? empty.weight(row.get("scope")) : HUNDRED;
			if (value.signum() < 0 || value.compareTo(ceiling) > 0) {
				problem(file, row.line(), "lke.instrument.minimumRange", value, ceiling);
				continue;
			}
			Minimum minimum = new Minimum(predicate, row.get("criterion"), row.get("scope"), row.get("unit"), value,
					row.get("source"), row.get("status"), row.get("note").isEmpty() ? null : row.get("note"), false);
			read.add(minimum);
			List<String> key = List.of(predicate.name(), minimum.criterion(), minimum.scope());
			groups.computeIfAbsent(key, (k) -> new ArrayList<>()).add(minimum);
			lines.putIfAbsent(key, row.line());
		}
		groups.forEach((key, group) -> {
			boolean disagree = group.stream().anyMatch((minimum) -> "disagree".equals(minimum.status()));
			if (group.size() > 1 && (!disagree || group.stream().map(Minimum::source).distinct().count() < group.size()
					|| group.stream().map(Minimum::minimum).distinct().count() < 2)) {
				problem(file, lines.get(key), "lke.instrument.minimumTwice", String.join(" ", key));
			}
			if (disagree && group.size() < 2) {
				problem(file, lines.get(key), "lke.instrument.disagreeAlone", String.join(" ", key));
			}
		});
		for (Predicate predicate : Predicate.values()) {
			for (String criterion : REQUIRED_CRITERIA) {
				if (read.stream().noneMatch((m) -> m.predicate() == predicate && m.criterion().equals(criterion))) {
					problem(file, 0, "lke.instrument.criterionMissingFor", predicate, criterion);
				}
			}
			for (LkeArea area : version.areas()) {
				for (String criterion : List.of("area_percent_of_weight", "area_absolute")) {
					if (area.isPengungkit() && read.stream()
						.noneMatch((m) -> m.predicate() == predicate && m.criterion().equals(criterion)
								&& m.scope().equals(area.code()))) {
						problem(file, 0, "lke.instrument.areaMinimumMissing", predicate, criterion, area.code());
					}
				}
			}
		}
		checkAbsoluteAgainstPercent(read, empty, lines, groups);
		// Applied: the criteria the portal checks, and where the sources disagree, the
		// stricter value (the one domain.md gives).
		List<Minimum> minimums = new ArrayList<>();
		for (Minimum minimum : read) {
			List<Minimum> group = groups.get(List.of(minimum.predicate().name(), minimum.criterion(), minimum.scope()));
			Minimum strictest = group.stream().max(Comparator.comparing(Minimum::minimum)).orElseThrow();
			boolean applied = APPLIED_CRITERIA.contains(minimum.criterion()) && minimum == strictest;
			minimums.add(new Minimum(minimum.predicate(), minimum.criterion(), minimum.scope(), minimum.unit(),
					minimum.minimum(), minimum.source(), minimum.status(), minimum.note(), applied));
		}
		return minimums;
	}

	private void checkAbsoluteAgainstPercent(List<Minimum> read, Scorecard empty, Map<List<String>, Long> lines,
			Map<List<String>, List<Minimum>> groups) {
		for (Minimum absolute : read) {
			String percentCriterion = switch (absolute.criterion()) {
				case "area_absolute" -> "area_percent_of_weight";
				case "area_part_absolute" -> "area_part_percent_of_weight";
				default -> null;
			};
			if (percentCriterion == null) {
				continue;
			}
			List<Minimum> percent = groups
				.get(List.of(absolute.predicate().name(), percentCriterion, absolute.scope()));
			if (percent == null) {
				continue;
			}
			BigDecimal weight = empty.weight(absolute.scope());
			BigDecimal expected = weight.multiply(percent.get(0).minimum()).divide(HUNDRED, Formula.PRECISION);
			if (absolute.minimum().subtract(expected).abs().compareTo(TOLERANCE) > 0 && percent.get(0)
				.minimum()
				.subtract(absolute.minimum().multiply(HUNDRED).divide(weight, Formula.PRECISION))
				.abs()
				.compareTo(TOLERANCE) > 0) {
				problem(InstrumentFiles.MINIMUMS,
						lines.get(List.of(absolute.predicate().name(), absolute.criterion(), absolute.scope())),
						"lke.instrument.minimumWeights", absolute.scope(), absolute.minimum(),
						percent.get(0).minimum());
			}
		}
	}

	// ------------------------------------------------------------------ small readers

	private AnswerType answerType(String file, Row row, String text) {
		try {
			return AnswerType.valueOf(text);
		}
		catch (IllegalArgumentException ex) {
			problem(file, row.line(), "lke.instrument.unknown", "answer_type", text);
			return null;
		}
	}

	private BigDecimal decimal(String file, Row row, String column) {
		try {
			return new BigDecimal(row.get(column));
		}
		catch (NumberFormatException ex) {
			problem(file, row.line(), "lke.instrument.notANumber", column, row.get(column));
			return null;
		}
	}

	private Integer integer(String file, Row row, String column) {
		try {
			return Integer.valueOf(row.get(column));
		}
		catch (NumberFormatException ex) {
			problem(file, row.line(), "lke.instrument.notANumber", column, row.get(column));
			return null;
		}
	}

	private static BigDecimal sum(List<LkeSubArea> subAreas) {
		return subAreas.stream().map(LkeSubArea::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private void problem(String file, long line, String key, Object... arguments) {
		this.problems.add(new InstrumentProblem(file, line, key, arguments));
	}

}
