package org.tandem.platform.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import tools.jackson.core.exc.StreamConstraintsException;

/**
 * What the JSON API answers to a body it cannot read, for every module's API: 413 when the body went past its limit
 * while read (a chunked body) or broke a parsing constraint (too long a string, too deep a nesting), 400 with a
 * translated message when it is not JSON of the expected shape. Never the parser's own message.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiRequestErrors {

	private final MessageSource messages;

	private final BodyLimits limits;

	ApiRequestErrors(MessageSource messages, BodyLimits limits) {
		this.messages = messages;
		this.limits = limits;
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException unreadable, Locale locale) {
		for (Throwable cause = unreadable; cause != null; cause = cause.getCause()) {
			if (cause instanceof BodyTooLargeException || cause instanceof StreamConstraintsException) {
				HttpStatus status = HttpStatus.CONTENT_TOO_LARGE;
				return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, messages
					.getMessage("api.tooLarge", new Object[] { limits.json().toKilobytes() }, locale)));
			}
		}
		return ResponseEntity.badRequest()
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					messages.getMessage("api.unreadable", null, locale)));
	}

}
