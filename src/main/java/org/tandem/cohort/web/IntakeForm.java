package org.tandem.cohort.web;

import org.jspecify.annotations.Nullable;
import org.tandem.cohort.domain.Intake;

/**
 * An organization's intake as the page sends it: free text as typed, the choices as text (so a value that is not a
 * number is kept and said to be wrong), and the version the page showed.
 */
public class IntakeForm {

	private String hopes = "";

	private String worries = "";

	private String hoursPerMonth = "";

	private String people = "";

	private String toKnow = "";

	private String confidence = "";

	private long version;

	static IntakeForm of(@Nullable Intake intake) {
		IntakeForm form = new IntakeForm();
		if (intake != null) {
			form.hopes = FormText.orEmpty(intake.hopes());
			form.worries = FormText.orEmpty(intake.worries());
			form.hoursPerMonth = String.valueOf(intake.hoursPerMonth());
			form.people = String.valueOf(intake.people());
			form.toKnow = FormText.orEmpty(intake.toKnow());
			form.confidence = String.valueOf(intake.confidence());
			form.version = intake.revision();
		}
		return form;
	}

	Intake.Answers answers() {
		return new Intake.Answers(hopes, worries, FormText.number(hoursPerMonth), FormText.number(people), toKnow,
				FormText.number(confidence));
	}

	public String getHopes() {
		return hopes;
	}

	public void setHopes(@Nullable String hopes) {
		this.hopes = FormText.bounded(hopes);
	}

	public String getWorries() {
		return worries;
	}

	public void setWorries(@Nullable String worries) {
		this.worries = FormText.bounded(worries);
	}

	public String getHoursPerMonth() {
		return hoursPerMonth;
	}

	public void setHoursPerMonth(@Nullable String hoursPerMonth) {
		this.hoursPerMonth = FormText.shortText(hoursPerMonth);
	}

	public String getPeople() {
		return people;
	}

	public void setPeople(@Nullable String people) {
		this.people = FormText.shortText(people);
	}

	public String getToKnow() {
		return toKnow;
	}

	public void setToKnow(@Nullable String toKnow) {
		this.toKnow = FormText.bounded(toKnow);
	}

	public String getConfidence() {
		return confidence;
	}

	public void setConfidence(@Nullable String confidence) {
		this.confidence = FormText.shortText(confidence);
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
