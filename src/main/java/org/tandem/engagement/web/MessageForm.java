package org.tandem.engagement.web;

import org.tandem.engagement.domain.Message;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A message as typed. */
public class MessageForm {

	@NotBlank(message = "{engagement.message.missing}")
	@Size(max = Message.LIMIT, message = "{engagement.message.tooLong}")
	private String message = "";

	public String getMessage() {
		return message;
	}

	public void setMessage(String message) {
		this.message = message;
	}

}
