package id.zonaintegritas.assessment.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import id.zonaintegritas.assessment.InstrumentFiles;

import org.springframework.web.multipart.MultipartFile;

/**
 * A new version of the LKE instrument: its name and its six files, in the shape of the
 * bundled PermenPAN-RB 90/2021 data.
 */
public class InstrumentUploadForm {

	private String name;

	private MultipartFile questions;

	private MultipartFile scoring;

	private MultipartFile minimums;

	private MultipartFile hasil;

	private MultipartFile numericInputs;

	private MultipartFile penjelasan;

	InstrumentFiles files() throws IOException {
		Map<String, byte[]> contents = new LinkedHashMap<>();
		put(contents, InstrumentFiles.QUESTIONS, this.questions);
		put(contents, InstrumentFiles.SCORING, this.scoring);
		put(contents, InstrumentFiles.MINIMUMS, this.minimums);
		put(contents, InstrumentFiles.HASIL, this.hasil);
		put(contents, InstrumentFiles.NUMERIC_INPUTS, this.numericInputs);
		put(contents, InstrumentFiles.PENJELASAN, this.penjelasan);
		return new InstrumentFiles(this.name, contents);
	}

	private static void put(Map<String, byte[]> contents, String name, MultipartFile file) throws IOException {
		if (file != null && !file.isEmpty()) {
			contents.put(name, file.getBytes());
		}
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public MultipartFile getQuestions() {
		return this.questions;
	}

	public void setQuestions(MultipartFile questions) {
		this.questions = questions;
	}

	public MultipartFile getScoring() {
		return this.scoring;
	}

	public void setScoring(MultipartFile scoring) {
		this.scoring = scoring;
	}

	public MultipartFile getMinimums() {
		return this.minimums;
	}

	public void setMinimums(MultipartFile minimums) {
		this.minimums = minimums;
	}

	public MultipartFile getHasil() {
		return this.hasil;
	}

	public void setHasil(MultipartFile hasil) {
		this.hasil = hasil;
	}

	public MultipartFile getNumericInputs() {
		return this.numericInputs;
	}

	public void setNumericInputs(MultipartFile numericInputs) {
		this.numericInputs = numericInputs;
	}

	public MultipartFile getPenjelasan() {
		return this.penjelasan;
	}

	public void setPenjelasan(MultipartFile penjelasan) {
		this.penjelasan = penjelasan;
	}

}
