package org.tandem.intake.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A message or note as typed; it comes back whole when something needs fixing. */
class MessageForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 8000, message = "{validation.tooLong}")
	private String body = "";

	private boolean asksForInformation;

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public boolean isAsksForInformation() {
		return asksForInformation;
	}

	public void setAsksForInformation(boolean asksForInformation) {
		this.asksForInformation = asksForInformation;
	}

}
