package org.tandem.intake;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where a request stands in intake, the stages intake owns: until staff hand it over to the module that does the work
 * (today the handoff, which offers it to the providers staff chose). What happens after the hand-over belongs to that
 * module, which says where the request stands through {@link RequestProgress}. Declined is final; a handed-over
 * request can be taken back to assessment. A withdrawn request has no status: it is purged.
 */
public enum RequestStatus {

	NEW, NEEDS_INFORMATION, ASSESSING, HANDED_OVER, DECLINED;

	/**
	 * The statuses a request may move to from this one. Staff make these moves on the request's page, except the
	 * hand-over, which happens when they choose providers ({@link Requests#handOver}).
	 */
	public Set<RequestStatus> next() {
		return switch (this) {
			case NEW -> EnumSet.of(NEEDS_INFORMATION, ASSESSING, DECLINED);
			case NEEDS_INFORMATION -> EnumSet.of(ASSESSING, DECLINED);
			case ASSESSING -> EnumSet.of(NEEDS_INFORMATION, HANDED_OVER, DECLINED);
			case HANDED_OVER -> EnumSet.of(ASSESSING);
			case DECLINED -> EnumSet.noneOf(RequestStatus.class);
		};
	}

	/** Declined: intake will do nothing more with it. */
	public boolean isFinal() {
		return this == DECLINED;
	}

	/** Before the hand-over and not declined: staff in intake are still to act on it (the queue's open requests). */
	public boolean isOpen() {
		return this == NEW || this == NEEDS_INFORMATION || this == ASSESSING;
	}

	public String messageKey() {
		return "intake.status." + name().toLowerCase(Locale.ROOT);
	}

	/** The plain-words explanation the requester sees on the status page. */
	public String explanationKey() {
		return messageKey() + ".explained";
	}

}
