package org.tandem.intake;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where a request stands. The request aggregate allows only the moves listed here; declined is final, a closed
 * request can only be reopened for assessment.
 * A withdrawn request has no status: it is purged.
 */
public enum RequestStatus {

	NEW, NEEDS_INFORMATION, ASSESSING, MATCHED, INTRODUCED, CONTACT_CONFIRMED, CLOSED, DECLINED;

	/** The statuses staff may move a request to from this one. */
	public Set<RequestStatus> next() {
		return switch (this) {
			case NEW -> EnumSet.of(NEEDS_INFORMATION, ASSESSING, DECLINED);
			case NEEDS_INFORMATION -> EnumSet.of(ASSESSING, DECLINED);
			case ASSESSING -> EnumSet.of(NEEDS_INFORMATION, MATCHED, DECLINED);
			case MATCHED -> EnumSet.of(ASSESSING, INTRODUCED);
			case INTRODUCED -> EnumSet.of(ASSESSING, CONTACT_CONFIRMED);
			case CONTACT_CONFIRMED -> EnumSet.of(CLOSED);
			// a closed request that still exists can be reopened; a purged one is gone
			case CLOSED -> EnumSet.of(ASSESSING);
			case DECLINED -> EnumSet.noneOf(RequestStatus.class);
		};
	}

	public boolean isFinal() {
		return this == CLOSED || this == DECLINED;
	}

	/** Still being worked on by the hub: counted in the queue's open requests. */
	public boolean isOpen() {
		return !isFinal() && this != CONTACT_CONFIRMED;
	}

	public String messageKey() {
		return "intake.status." + name().toLowerCase(Locale.ROOT);
	}

	/** The plain-words explanation the requester sees on the status page. */
	public String explanationKey() {
		return messageKey() + ".explained";
	}

}
