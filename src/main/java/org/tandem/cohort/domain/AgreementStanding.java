package org.tandem.cohort.domain;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tandem.cohort.CohortAgreements.Kind;

/**
 * Where a party stands with one agreement: its current version (none before the first is published) and the party's
 * newest signature of it (none yet).
 */
public record AgreementStanding(Kind kind, @Nullable AgreementVersion current, @Nullable AgreementSignature latest) {

	public enum State {
		/** No version is published yet: nothing to sign. */
		NOT_PUBLISHED,
		/** Never signed: to sign. */
		TO_SIGN,
		/** Signed at an earlier version; a newer one may be signed. */
		NEWER_VERSION,
		/** Signed at the current version. */
		SIGNED;

		public String messageKey() {
			return "cohort.agreement.state." + name().toLowerCase(java.util.Locale.ROOT).replace("_", "");
		}
	}

	public State state() {
		if (latest != null) {
			return current != null && latest.version() < current.number() ? State.NEWER_VERSION : State.SIGNED;
		}
		return current == null ? State.NOT_PUBLISHED : State.TO_SIGN;
	}

	/** Whether the party has something to do here. */
	public boolean open() {
		return state() == State.TO_SIGN || state() == State.NEWER_VERSION;
	}

	/** A party's standings, one per kind it signs. */
	public record Sheet(AgreementParty party, List<AgreementStanding> standings) {

		public Sheet {
			standings = List.copyOf(standings);
		}

		public boolean complete() {
			return standings.stream().noneMatch(s -> s.latest() == null);
		}

	}

}
