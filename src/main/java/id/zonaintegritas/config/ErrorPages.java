package id.zonaintegritas.config;

import id.zonaintegritas.shared.BadRequestException;
import id.zonaintegritas.shared.ConflictException;
import id.zonaintegritas.shared.DomainRuleException;
import id.zonaintegritas.shared.ForbiddenException;
import id.zonaintegritas.shared.LocalizedException;
import id.zonaintegritas.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns what a request could not do into the error page in the layout, in the user's
 * language: a missing (or hidden) object is a 404, a broken rule or a bad value a 400, a
 * lost race with another user a 409 that says what happened, a database out of reach a
 * 503. Failures outside the controllers (filters, sessions) are answered by
 * {@link FaultBarrier}.
 */
@ControllerAdvice
class ErrorPages {

	private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

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

	@ExceptionHandler(BadRequestException.class)
	ModelAndView badRequest(BadRequestException ex) {
		return page(HttpStatus.BAD_REQUEST, ex);
	}

	/** The safety net: a rule a controller did not report on its own form. */
	@ExceptionHandler(DomainRuleException.class)
	ModelAndView brokenRule(DomainRuleException ex) {
		return page(HttpStatus.BAD_REQUEST, ex);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ModelAndView staleForm(OptimisticLockingFailureException ex) {
		return page(HttpStatus.CONFLICT, (String) null);
	}

	/** A form field index beyond what a form can hold, or a field no form has. */
	@ExceptionHandler(InvalidPropertyException.class)
	ModelAndView malformedForm(InvalidPropertyException ex) {
		return page(HttpStatus.BAD_REQUEST, message("error.input.malformedForm"));
	}

	/** A value in the address that is not of its kind: a year that is not a number. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView unreadableValue(MethodArgumentTypeMismatchException ex) {
		String value = String.valueOf(ex.getValue());
		return page(HttpStatus.BAD_REQUEST, message("error.input.unreadableValue", ex.getName(),
				(value.length() > 40) ? value.substring(0, 40) + "…" : value));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView uploadTooLarge(MaxUploadSizeExceededException ex) {
		return page(HttpStatus.CONTENT_TOO_LARGE, (String) null);
	}

	@ExceptionHandler(MultipartException.class)
	ModelAndView malformedUpload(MultipartException ex) {
		return page(HttpStatus.BAD_REQUEST, message("error.input.malformedForm"));
	}

	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	ModelAndView database(RuntimeException ex, HttpServletResponse response) {
		if (DatabaseFailures.unavailable(ex)) {
			log.warn("Database unavailable: {}", ex.getMessage());
			response.setHeader(HttpHeaders.RETRY_AFTER, FaultBarrier.RETRY_AFTER_SECONDS);
			return page(HttpStatus.SERVICE_UNAVAILABLE, (String) null);
		}
		DatabaseFailures.Refusal refusal = DatabaseFailures.refusal(ex).orElseThrow(() -> ex);
		log.warn("A value reached the database unchecked and was refused ({}): {}", refusal.messageKey(),
				NestedExceptionUtils.getMostSpecificCause(ex).getMessage());
		return page(refusal.status(), message(refusal.messageKey()));
	}

	private ModelAndView page(HttpStatus status, LocalizedException ex) {
		return page(status, (ex != null) ? message(ex.getMessageKey(), ex.getArguments()) : null);
	}

	private ModelAndView page(HttpStatus status, String detail) {
		ModelAndView page = new ModelAndView("error", status);
		page.addObject("status", status.value());
		if (detail != null) {
			page.addObject("detail", detail);
		}
		return page;
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
