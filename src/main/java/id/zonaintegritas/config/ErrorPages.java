package id.zonaintegritas.config;

import id.zonaintegritas.shared.ConflictException;
import id.zonaintegritas.shared.ForbiddenException;
import id.zonaintegritas.shared.LocalizedException;
import id.zonaintegritas.shared.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns the domain's typed exceptions into the error page in the layout: a missing (or
 * hidden) object is a 404, a lost race with another user a 409 that says what happened.
 */
@ControllerAdvice
class ErrorPages {

	private final MessageSource messages;

	ErrorPages(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException ex) {
		return page(HttpStatus.NOT_FOUND, ex);
	}

	@ExceptionHandler(ForbiddenException.class)
	ModelAndView forbidden(ForbiddenException ex) {
		return page(HttpStatus.FORBIDDEN, ex);
	}

	@ExceptionHandler(ConflictException.class)
	ModelAndView conflict(ConflictException ex) {
		return page(HttpStatus.CONFLICT, ex);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ModelAndView staleForm(OptimisticLockingFailureException ex) {
		ModelAndView page = new ModelAndView("error", HttpStatus.CONFLICT);
		page.addObject("status", HttpStatus.CONFLICT.value());
		return page;
	}

	private ModelAndView page(HttpStatus status, LocalizedException ex) {
		ModelAndView page = new ModelAndView("error", status);
		page.addObject("status", status.value());
		page.addObject("detail",
				this.messages.getMessage(ex.getMessageKey(), ex.getArguments(), LocaleContextHolder.getLocale()));
		return page;
	}

}
