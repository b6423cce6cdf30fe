package id.zonaintegritas.assessment;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The bundled instrument is PermenPAN-RB 90/2021 as its data's README describes it, and
 * files that break the instrument's rules are refused with the file and line of each
 * problem.
 */
class InstrumentReaderTests {

	@Test
	void theBundledVersionIsTheInstrumentOfPermenPanRb90Of2021() {
		InstrumentReader.Result read = InstrumentReader.read(InstrumentFiles.bundled());

		assertThat(read.problems()).isEmpty();
		LkeVersion lke = read.version();
		List<LkeQuestion> pengungkit = lke.areas()
			.stream()
			.filter(LkeArea::isPengungkit)
			.flatMap((area) -> area.subAreas().stream())
			.flatMap((subArea) -> subArea.questions().stream())
			.toList();
		assertThat(pengungkit).hasSize(110);
		assertThat(lke.questions()).hasSize(113);
		assertThat(pengungkit.stream().collect(Collectors.groupingBy(LkeQuestion::type, Collectors.counting())))
			.isEqualTo(Map.of(AnswerType.YA_TIDAK, 17L, AnswerType.A_C, 36L, AnswerType.A_D, 33L, AnswerType.A_E, 16L,
					AnswerType.NUMERIC, 8L));
		assertThat(lke.areas()).extracting(LkeArea::code).containsExactly("A", "B", "C", "D", "E", "F", "HB", "HP");
		assertThat(lke.areas()
			.stream()
			.collect(Collectors.toMap(LkeArea::code, (area) -> area.weight().stripTrailingZeros().toPlainString())))
			.containsAllEntriesOf(
					Map.of("A", "8", "B", "7", "C", "10", "D", "10", "E", "15", "F", "10", "HB", "22.5", "HP", "17.5"));
		assertThat(lke.subAreas()).hasSize(45);
		assertThat(lke.question("PPD2").isEmpty()).isTrue();
		assertThat(lke.question("PPF5B").orElseThrow().type()).as("README row 1: EZI's lettering")
			.isEqualTo(AnswerType.YA_TIDAK);
		assertThat(lke.question("PPA1A").orElseThrow().criterion()).startsWith("Ya, jika");
		assertThat(lke.question("PRE3A").orElseThrow().inputs()).extracting(NumericInput::name)
			.containsExactly("wajib_lapor_kepala_satuan_kerja", "wajib_lapor_pejabat_wajib_lhkpn",
					"wajib_lapor_lainnya", "jumlah_sudah_melaporkan");
		assertThat(lke.question("HBA").orElseThrow().inputs()).singleElement()
			.satisfies((input) -> assertThat(input.surveyIndex()).isTrue());
		assertThat(lke.question("PPA1B").orElseThrow().options()).extracting(LkeOption::letter)
			.containsExactly("A", "B", "C");
	}

	@Test
	void everyProblemIsReportedWithItsFileAndLine() {
		Map<String, String> files = bundledTexts();
		// Line 3 of questions.csv: PPA1B becomes an A_D question with three options.
		files.put(InstrumentFiles.QUESTIONS, files.get(InstrumentFiles.QUESTIONS).replaceFirst(",A_C,", ",A_D,"));
		// A formula that reads an input it does not name.
		files.put(InstrumentFiles.QUESTIONS,
				files.get(InstrumentFiles.QUESTIONS)
					.replace("value=min(1,jumlah_perubahan/jumlah_agen_perubahan)",
							"value=min(1,jumlah_perubahan/jumlah_agen)"));
		// A scoring value out of range.
		files.put(InstrumentFiles.SCORING, files.get(InstrumentFiles.SCORING).replace("A_C,B,0.5,", "A_C,B,1.5,"));

		List<InstrumentProblem> problems = InstrumentReader.read(files(files)).problems();

		assertThat(problems).extracting(InstrumentProblem::file, InstrumentProblem::line, InstrumentProblem::messageKey)
			.contains(tuple(InstrumentFiles.SCORING, 5L, "lke.instrument.valueRange"));
	}

	@Test
	void aQuestionBreakingItsTypeOrFormulaIsReportedOnItsLine() {
		Map<String, String> files = bundledTexts();
		files.put(InstrumentFiles.QUESTIONS,
				files.get(InstrumentFiles.QUESTIONS)
					.replaceFirst(",A_C,", ",A_D,")
					.replace("value=min(1,jumlah_perubahan/jumlah_agen_perubahan)",
							"value=min(1,jumlah_perubahan/jumlah_agen)"));

		List<InstrumentProblem> problems = InstrumentReader.read(files(files)).problems();

		assertThat(problems).extracting(InstrumentProblem::line, InstrumentProblem::messageKey)
			.contains(tuple(3L, "lke.instrument.optionCount"))
			.anySatisfy((tuple) -> assertThat(tuple.toList()).contains("lke.instrument.formulaInputs"));
	}

	@Test
	void weightsThatDoNotAddUpAndAMissingFileAreRefused() {
		Map<String, String> files = bundledTexts();
		files.put(InstrumentFiles.QUESTIONS, files.get(InstrumentFiles.QUESTIONS)
			.replace(",Penyusunan Tim Kerja,0.50,", ",Penyusunan Tim Kerja,0.60,"));
		files.remove(InstrumentFiles.PENJELASAN);

		List<InstrumentProblem> problems = InstrumentReader.read(files(files)).problems();

		assertThat(problems).extracting(InstrumentProblem::file, InstrumentProblem::messageKey)
			.contains(tuple(InstrumentFiles.PENJELASAN, "lke.instrument.fileMissing"));

		files = bundledTexts();
		files.put(InstrumentFiles.QUESTIONS, files.get(InstrumentFiles.QUESTIONS)
			.replace(",Penyusunan Tim Kerja,0.50,", ",Penyusunan Tim Kerja,0.60,"));
		assertThat(InstrumentReader.read(files(files)).problems()).extracting(InstrumentProblem::messageKey)
			.contains("lke.instrument.halves", "lke.instrument.pengungkitWeight");
	}

	@Test
	void aFileThatIsNotUtf8OrHasTheWrongHeaderIsRefusedAsAWhole() {
		Map<String, String> files = bundledTexts();
		files.put(InstrumentFiles.SCORING, "jawaban,nilai\r\nYa,1\r\n");
		Map<String, byte[]> contents = new HashMap<>(files(files).contents());
		contents.put(InstrumentFiles.HASIL, new byte[] { 'c', (byte) 0xE9, 'o' });

		List<InstrumentProblem> problems = InstrumentReader.read(new InstrumentFiles("Uji", contents)).problems();

		assertThat(problems).extracting(InstrumentProblem::file, InstrumentProblem::line, InstrumentProblem::messageKey)
			.contains(tuple(InstrumentFiles.SCORING, 1L, "lke.instrument.header"),
					tuple(InstrumentFiles.HASIL, 0L, "lke.instrument.notUtf8"));
	}

	static Map<String, String> bundledTexts() {
		Map<String, String> texts = new HashMap<>();
		InstrumentFiles.bundled()
			.contents()
			.forEach((name, bytes) -> texts.put(name, new String(bytes, StandardCharsets.UTF_8)));
		return texts;
	}

	static InstrumentFiles files(Map<String, String> texts) {
		return new InstrumentFiles("Uji " + System.nanoTime(), texts.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (e) -> e.getValue().getBytes(StandardCharsets.UTF_8))));
	}

}
