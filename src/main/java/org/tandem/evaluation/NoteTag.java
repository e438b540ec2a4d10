package org.tandem.evaluation;

/** What a note of a plan records, so notes can be counted: unexpected impact, or a barrier beyond anyone's control. */
public enum NoteTag {

	UNEXPECTED_IMPACT, NO_FUNDING, NO_STAFF_TIME, TURNOVER, OTHER_BARRIER;

	public String messageKey() {
		return "evaluation.note.tag." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
