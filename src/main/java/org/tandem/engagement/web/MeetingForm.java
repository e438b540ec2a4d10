package org.tandem.engagement.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.tandem.engagement.domain.Meeting;
import org.tandem.platform.InvalidInput;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A meeting as typed: its day (yyyy-mm-dd), title and notes in Markdown, and the version the page showed. */
public class MeetingForm {

	@NotBlank(message = "{engagement.day.invalid}")
	@Size(max = 10, message = "{engagement.day.invalid}")
	private String heldOn = "";

	@NotBlank(message = "{engagement.meeting.titleMissing}")
	@Size(max = Meeting.TITLE_LIMIT, message = "{engagement.meeting.titleTooLong}")
	private String title = "";

	@Size(max = Meeting.NOTES_LIMIT, message = "{engagement.notes.tooLong}")
	private String notes = "";

	private long version;

	static MeetingForm today(LocalDate today) {
		MeetingForm form = new MeetingForm();
		form.heldOn = today.toString();
		return form;
	}

	static MeetingForm of(Meeting meeting) {
		MeetingForm form = new MeetingForm();
		form.heldOn = meeting.heldOn().toString();
		form.title = meeting.title();
		form.notes = meeting.notes() == null ? "" : meeting.notes();
		form.version = meeting.version();
		return form;
	}

	/** Only once the form is valid. */
	Meeting.Entry entry() {
		return new Meeting.Entry(day(heldOn, "heldOn"), title, notes);
	}

	static LocalDate day(String text, String field) {
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException notADay) {
			throw new InvalidInput(field, "engagement.day.invalid");
		}
	}

	public String getHeldOn() {
		return heldOn;
	}

	public void setHeldOn(String heldOn) {
		this.heldOn = heldOn;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
