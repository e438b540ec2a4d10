package org.tandem.cohort.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.tandem.cohort.domain.ExitInterview;

/** An exit interview as staff's page sends it (see {@link IntakeForm}); the day held is proposed as today. */
public class ExitInterviewForm {

	private String went = "";

	private String helped = "";

	private String hindered = "";

	private String toChange = "";

	private String again = "";

	private String heldOn = "";

	private long version;

	static ExitInterviewForm of(@Nullable ExitInterview interview, LocalDate today) {
		ExitInterviewForm form = new ExitInterviewForm();
		form.heldOn = today.toString();
		if (interview != null) {
			form.went = String.valueOf(interview.went());
			form.helped = FormText.orEmpty(interview.helped());
			form.hindered = FormText.orEmpty(interview.hindered());
			form.toChange = FormText.orEmpty(interview.toChange());
			form.again = interview.again().name();
			form.heldOn = interview.heldOn().toString();
			form.version = interview.revision();
		}
		return form;
	}

	ExitInterview.Answers answers() {
		ExitInterview.Again choice = java.util.Arrays.stream(ExitInterview.Again.values())
			.filter(a -> a.name().equals(again))
			.findFirst()
			.orElse(null);
		LocalDate day;
		try {
			day = heldOn.isBlank() ? null : LocalDate.parse(heldOn.strip());
		}
		catch (java.time.format.DateTimeParseException notADay) {
			day = null;
		}
		return new ExitInterview.Answers(FormText.number(went), helped, hindered, toChange, choice, day);
	}

	public String getWent() {
		return went;
	}

	public void setWent(@Nullable String went) {
		this.went = FormText.shortText(went);
	}

	public String getHelped() {
		return helped;
	}

	public void setHelped(@Nullable String helped) {
		this.helped = FormText.bounded(helped);
	}

	public String getHindered() {
		return hindered;
	}

	public void setHindered(@Nullable String hindered) {
		this.hindered = FormText.bounded(hindered);
	}

	public String getToChange() {
		return toChange;
	}

	public void setToChange(@Nullable String toChange) {
		this.toChange = FormText.bounded(toChange);
	}

	public String getAgain() {
		return again;
	}

	public void setAgain(@Nullable String again) {
		this.again = FormText.shortText(again);
	}

	public String getHeldOn() {
		return heldOn;
	}

	public void setHeldOn(@Nullable String heldOn) {
		this.heldOn = FormText.shortText(heldOn);
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
