package id.zonaintegritas.survey.web;

import id.zonaintegritas.survey.Responses;
import id.zonaintegritas.survey.SurveyRuleException;
import id.zonaintegritas.survey.SurveyThrottledException;
import id.zonaintegritas.survey.PublicSurveyResults;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public's side of a survey: the questionnaire on a phone, without JavaScript or a
 * session, its thanks with the index as it stands, and the results.
 */
@Controller
class SurveyAnswerController {

	private final Responses responses;

	private final PublicSurveyResults results;

	private final MessageSource messages;

	SurveyAnswerController(Responses responses, PublicSurveyResults results, MessageSource messages) {
		this.responses = responses;
		this.results = results;
		this.messages = messages;
	}

	@GetMapping("/survei/{surveyCode}")
	String form(@PathVariable("surveyCode") String code,
			@RequestParam(name = "loket", required = false) String counterToken,
			@RequestParam(name = "kode", required = false) String receiptCode, HttpServletResponse response,
			Model model) {
		noStore(response);
		Responses.Form form = this.responses.form(code, counterToken);
		ResponseForm answers = new ResponseForm();
		answers.setReceiptCode(receiptCode);
		answers.setCounterToken(form.counterToken());
		answers.setVisitToken(form.visitToken());
		model.addAttribute("survey", form);
		model.addAttribute("form", answers);
		return "survey/answer";
	}

	@PostMapping("/survei/{surveyCode}")
	String answer(@PathVariable("surveyCode") String code, @ModelAttribute("form") ResponseForm form,
			BindingResult result, HttpServletRequest request, HttpServletResponse response, Model model) {
		noStore(response);
		try {
			Responses.Submitted submitted = this.responses.submit(code, form.input(), request.getRemoteAddr());
			model.addAttribute("submitted", submitted);
			return "survey/thanks";
		}
		catch (SurveyRuleException ex) {
			ex.rejectOn(result, null);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		catch (SurveyThrottledException ex) {
			model.addAttribute("refusal",
					this.messages.getMessage(ex.getMessageKey(), ex.getArguments(), LocaleContextHolder.getLocale()));
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		}
		Responses.Form fresh = this.responses.form(code, form.getCounterToken());
		form.setVisitToken(fresh.visitToken());
		model.addAttribute("survey", fresh);
		return "survey/answer";
	}

	@GetMapping("/survei/{surveyCode}/hasil")
	String results(@PathVariable("surveyCode") String code, Model model) {
		model.addAttribute("view", this.results.of(code));
		model.addAttribute("publicView", true);
		return "survey/results";
	}

	private static void noStore(HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
	}

}
