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

}
