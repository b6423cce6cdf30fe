package id.zonaintegritas.assessment.web;

import java.util.Map;

import id.zonaintegritas.assessment.AnswerProblemsView;
import id.zonaintegritas.assessment.LkeAreaPage;
import id.zonaintegritas.assessment.LkeQuestionPage;
import id.zonaintegritas.assessment.StoredAnswer;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ActorRole;

import org.springframework.ui.Model;

/** What the LKE's pages need besides their view: where their links go, and the form. */
final class LkeViews {

	private LkeViews() {
	}

	/**
	 * The LKE's address for this reader: staff under /staf, reviewers under /inspektorat.
	 */
	static String base(Actor reader, long unitId) {
		return ((reader.role() == ActorRole.REVIEWER) ? "/inspektorat" : "/staf") + "/unit/" + unitId + "/lke";
	}

	static String areaPage(LkeAreaPage view, AnswersForm form, AnswerProblemsView problems, Actor reader, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		model.addAttribute("base", base(reader, view.unit().id()));
		model.addAttribute("year", view.assessment().year());
		model.addAttribute("editable", view.editable());
		model.addAttribute("htmx", view.editable());
		return "assessment/area";
	}

	static String questionPage(LkeQuestionPage view, AnswersForm form, AnswerProblemsView problems, Actor reader,
			Model model) {
		model.addAttribute("view", view);
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		model.addAttribute("base", base(reader, view.unit().id()));
		model.addAttribute("year", view.assessment().year());
		model.addAttribute("editable", view.editable());
		return "assessment/question";
	}

	static AnswersForm formOf(LkeQuestionPage view) {
		StoredAnswer answer = view.answer();
		return AnswersForm.of((answer != null) ? Map.of(answer.questionCode(), answer) : Map.of());
	}

}
