package org.tandem.directory.domain;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.tandem.directory.ProviderStatus;
import org.tandem.platform.InvalidInput;

/**
 * The vetting part of the provider aggregate, as stored on the provider's own row: where the provider stands with the
 * hub, why they are (back) under review, when they were vetted, until when vetting holds and when they were told it
 * is about to run out. Each move checks the rules and gives the next standing; the aggregate records it in the
 * ledger.
 */
public record Standing(ProviderStatus status, @Nullable ReviewReason reviewReason, @Nullable Instant vettedAt,
		@Nullable Instant vettedUntil, @Nullable Instant renewalNoticeAt) {

	/** A new application: an applicant, never vetted. */
	static Standing applied() {
		return new Standing(ProviderStatus.APPLICANT, ReviewReason.APPLICATION, null, null, null);
	}

	Standing reviewStarted() {
		return moveTo(ProviderStatus.UNDER_REVIEW);
	}

	/** Vetted now for {@code validity}: only from review and with every requirement met. */
	Standing vetted(VettingCheck check, Duration validity, Instant now) {
		requireStatus(ProviderStatus.UNDER_REVIEW);
		requireMet(check);
		Standing moved = moveTo(ProviderStatus.VETTED);
		return new Standing(moved.status, null, now, now.plus(validity), null);
	}

	/** Available for matching: vetted, with an account, vetting in force and the requirements still met. */
	Standing activated(VettingCheck check, boolean hasAccount, Instant now) {
		requireStatus(ProviderStatus.VETTED);
		if (!hasAccount) {
			throw new InvalidInput("status", "directory.activate.accountMissing");
		}
		requireInForce(now);
		requireMet(check);
		return moveTo(ProviderStatus.ACTIVE);
	}

	/** Vetting renewed from now for {@code validity}, in service: the requirements must be met again. */
	Standing renewed(VettingCheck check, Duration validity, Instant now) {
		if (!status.isVetted()) {
			throw new InvalidInput("status", "directory.status.notAllowed");
		}
		requireMet(check);
		return new Standing(status, reviewReason, vettedAt, now.plus(validity), null);
	}

	Standing paused() {
		requireStatus(ProviderStatus.ACTIVE);
		return moveTo(ProviderStatus.PAUSED);
	}

	Standing resumed(VettingCheck check, Instant now) {
		requireStatus(ProviderStatus.PAUSED);
		requireInForce(now);
		requireMet(check);
		return moveTo(ProviderStatus.ACTIVE);
	}

	/** Back to review, for this reason: only a vetted provider. */
	Standing sentToReview(ReviewReason reason) {
		if (!status.isVetted()) {
			throw new InvalidInput("status", "directory.status.notAllowed");
		}
		Standing moved = moveTo(ProviderStatus.UNDER_REVIEW);
		return new Standing(moved.status, reason, vettedAt, vettedUntil, renewalNoticeAt);
	}

	Standing offboarded() {
		return moveTo(ProviderStatus.OFFBOARDED);
	}

	/** Whether vetting in force ran out by {@code now}. */
	boolean expired(Instant now) {
		return status.isVetted() && vettedUntil != null && !now.isBefore(vettedUntil);
	}

	/** Whether the renewal notice is due now and was not sent for this vetting. */
	boolean noticeDue(Instant now, Duration notice) {
		return status.isVetted() && vettedUntil != null && renewalNoticeAt == null
				&& !now.isBefore(vettedUntil.minus(notice));
	}

	Standing noticeSent(Instant now) {
		return new Standing(status, reviewReason, vettedAt, vettedUntil, now);
	}

	/** Why the provider is under review (or applying); null otherwise. */
	public @Nullable ReviewReason currentReviewReason() {
		return status == ProviderStatus.UNDER_REVIEW || status == ProviderStatus.APPLICANT ? reviewReason : null;
	}

	private void requireInForce(Instant now) {
		if (vettedUntil == null || !now.isBefore(vettedUntil)) {
			throw new InvalidInput("status", "directory.vetting.expired");
		}
	}

	private void requireStatus(ProviderStatus required) {
		if (status != required) {
			throw new InvalidInput("status", "directory.status.notAllowed");
		}
	}

	private static void requireMet(VettingCheck check) {
		if (!check.met()) {
			throw new InvalidInput("status", "directory.vetting.requirementsMissing");
		}
	}

	private Standing moveTo(ProviderStatus to) {
		if (!status.next().contains(to)) {
			throw new InvalidInput("status", "directory.status.notAllowed");
		}
		return new Standing(to, reviewReason, vettedAt, vettedUntil, renewalNoticeAt);
	}

}
