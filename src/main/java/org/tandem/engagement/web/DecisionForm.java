package org.tandem.engagement.web;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.engagement.domain.Decision;
import org.tandem.platform.InvalidInput;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A decision as typed: what was decided, the day, and the meeting it was taken at (blank for none). */
public class DecisionForm {

	@NotBlank(message = "{engagement.decision.missing}")
	@Size(max = Decision.LIMIT, message = "{engagement.decision.tooLong}")
	private String what = "";

	@NotBlank(message = "{engagement.day.invalid}")
	@Size(max = 10, message = "{engagement.day.invalid}")
	private String decidedOn = "";

	@Size(max = 36, message = "{engagement.decision.meetingUnknown}")
	private String meetingId = "";

	static DecisionForm today(LocalDate today) {
		DecisionForm form = new DecisionForm();
		form.decidedOn = today.toString();
		return form;
	}

	/** Only once the form is valid. */
	Decision.Entry entry() {
		UUID meeting = null;
		if (!meetingId.isBlank()) {
			try {
				meeting = UUID.fromString(meetingId.strip());
			}
			catch (IllegalArgumentException notAnId) {
				throw new InvalidInput("meetingId", "engagement.decision.meetingUnknown");
			}
		}
		return new Decision.Entry(MeetingForm.day(decidedOn, "decidedOn"), what, meeting);
	}

	public String getWhat() {
		return what;
	}

	public void setWhat(String what) {
		this.what = what;
	}

	public String getDecidedOn() {
		return decidedOn;
	}

	public void setDecidedOn(String decidedOn) {
		this.decidedOn = decidedOn;
	}

	public String getMeetingId() {
		return meetingId;
	}

	public void setMeetingId(@Nullable String meetingId) {
		this.meetingId = meetingId == null ? "" : meetingId;
	}

}
