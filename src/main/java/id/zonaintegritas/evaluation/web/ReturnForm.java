package id.zonaintegritas.evaluation.web;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import id.zonaintegritas.shared.web.CheckedForm;

/** The questions an evaluator returns to the unit, each with a note. */
public class ReturnForm extends CheckedForm {

	private Set<String> chosen = new LinkedHashSet<>();

	private Map<String, String> notes = new LinkedHashMap<>();

	/** The chosen questions' notes, in the order chosen. */
	Map<String, String> chosenNotes() {
		Map<String, String> chosenNotes = new LinkedHashMap<>();
		this.chosen.forEach((code) -> chosenNotes.put(code, this.notes.get(code)));
		return chosenNotes;
	}

	public Set<String> getChosen() {
		return this.chosen;
	}

	public void setChosen(Set<String> chosen) {
		this.chosen = chosen;
	}

	public Map<String, String> getNotes() {
		return this.notes;
	}

	public void setNotes(Map<String, String> notes) {
		this.notes = notes;
	}

}
