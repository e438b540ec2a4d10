package org.tandem.platform;

/** A request that breaks a rule; the page shows the message for {@code messageKey} beside {@code field}. */
public class InvalidInput extends RuntimeException {

	private final String field;

	private final String messageKey;

	public InvalidInput(String field, String messageKey) {
		super(field + ": " + messageKey, null, false, false);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

	/** The JSON API's answer: 400 with the message in the caller's language, the field and the message key. */
	public org.springframework.http.ProblemDetail problem(org.springframework.context.MessageSource messages,
			java.util.Locale locale) {
		var problem = org.springframework.http.ProblemDetail.forStatusAndDetail(
				org.springframework.http.HttpStatus.BAD_REQUEST, messages.getMessage(messageKey, null, messageKey, locale));
		problem.setProperty("field", field);
		problem.setProperty("code", messageKey);
		return problem;
	}

}
