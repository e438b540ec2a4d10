package org.tandem.engagement.web;

import org.jspecify.annotations.Nullable;
import org.tandem.engagement.CheckInAnswer;

/** A check-in's answer as typed: "all well" or "need help", and an optional note. */
public class CheckInForm {

	private @Nullable CheckInAnswer answer;

	private String note = "";

	public @Nullable CheckInAnswer getAnswer() {
		return answer;
	}

	public void setAnswer(@Nullable CheckInAnswer answer) {
		this.answer = answer;
	}

	public String getNote() {
		return note;
	}

	public void setNote(@Nullable String note) {
		this.note = note == null ? "" : note;
	}

}
