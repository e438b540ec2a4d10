package org.tandem.directory.domain;

import java.util.Locale;

/** What a vetting ledger entry records. */
public enum LedgerKind {

	APPLIED, REVIEW_STARTED, INVITED, ACCOUNT_LINKED, VOUCHED, AGREEMENT_ACCEPTED, VETTED, RENEWED, ACTIVATED, PAUSED, RESUMED, SENT_TO_REVIEW, RENEWAL_NOTICE, OFFBOARDED, CHANGE_PROPOSED, CHANGE_APPROVED, CHANGE_REJECTED, OFFER_CHANGED, KEY_CHANGED, RESIDENCE_CHANGED, RETENTION_CHANGED, NOTE;

	public String messageKey() {
		return "directory.ledger." + name().toLowerCase(Locale.ROOT);
	}

}
