package org.tandem.engagement.web;

import org.jspecify.annotations.Nullable;
import org.tandem.engagement.ClosingReason;
import org.tandem.engagement.domain.Closing;

/**
 * Closing as typed: why, a note, how many months to keep in touch and how often to check in, and the version of the
 * engagement the page showed. Bounds are checked by {@link Closing.Terms}; the note's length also here, so that a
 * note too long never reaches the service.
 */
public class ClosingForm {

	/** Keep in touch for half a year unless they agree otherwise. */
	static final int DEFAULT_MONTHS = 6;

	private @Nullable ClosingReason reason;

	private String note = "";

	private int months = DEFAULT_MONTHS;

	private int everyMonths = 1;

	private long version;

	static ClosingForm of(long version) {
		ClosingForm form = new ClosingForm();
		form.version = version;
		return form;
	}

	Closing.Terms terms() {
		return new Closing.Terms(reason, note, months, everyMonths);
	}

	public @Nullable ClosingReason getReason() {
		return reason;
	}

	public void setReason(@Nullable ClosingReason reason) {
		this.reason = reason;
	}

	public String getNote() {
		return note;
	}

	public void setNote(@Nullable String note) {
		this.note = note == null ? "" : note;
	}

	public int getMonths() {
		return months;
	}

	public void setMonths(int months) {
		this.months = months;
	}

	public int getEveryMonths() {
		return everyMonths;
	}

	public void setEveryMonths(int everyMonths) {
		this.everyMonths = everyMonths;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
