package org.tandem.directory;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where a provider stands with the hub. The provider aggregate allows only the moves listed here. Vetted, active and
 * paused providers go back to review when their vetting expires, their OpenPGP key changes or they move country.
 */
public enum ProviderStatus {

	APPLICANT, UNDER_REVIEW, VETTED, ACTIVE, PAUSED, OFFBOARDED;

	public Set<ProviderStatus> next() {
		return switch (this) {
			case APPLICANT -> EnumSet.of(UNDER_REVIEW, OFFBOARDED);
			case UNDER_REVIEW -> EnumSet.of(VETTED, OFFBOARDED);
			case VETTED -> EnumSet.of(ACTIVE, UNDER_REVIEW, OFFBOARDED);
			case ACTIVE -> EnumSet.of(PAUSED, UNDER_REVIEW, OFFBOARDED);
			case PAUSED -> EnumSet.of(ACTIVE, UNDER_REVIEW, OFFBOARDED);
			case OFFBOARDED -> EnumSet.noneOf(ProviderStatus.class);
		};
	}

	/** Vetted and not since sent back: the provider's vetting is in force. */
	public boolean isVetted() {
		return this == VETTED || this == ACTIVE || this == PAUSED;
	}

	public String messageKey() {
		return "directory.status." + name().toLowerCase(Locale.ROOT);
	}

	public String explanationKey() {
		return messageKey() + ".explained";
	}

}
