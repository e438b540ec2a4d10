package org.tandem.intake.domain;

import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.tandem.intake.Requests;
import org.tandem.privacy.KeyPurpose;
import org.tandem.privacy.Sealed;
import org.tandem.privacy.SealedText;

/**
 * The sealed part of the request aggregate: who asked and how to reach them (sealed with the request's identifying
 * key), what is happening and the context of the staff's assessment (sealed with its case key). The privacy module
 * seals and opens them column by column and reads them from the aggregate root only, so they are fields of the root,
 * kept here. Only {@link HelpRequest} extends it (its constructor is the package's): when these change is the
 * aggregate's to decide. Each reads as null (the description as empty) once the request's keys are destroyed.
 */
public abstract class SealedRequestParts {

	private final @Nullable SealedText organizationName;

	private final @Nullable SealedText region;

	@Sealed(KeyPurpose.CASE)
	private final @Nullable SealedText communities;

	@Sealed(KeyPurpose.CASE)
	private final SealedText description;

	@Sealed(KeyPurpose.CASE)
	private final @Nullable SealedText outcome;

	private final @Nullable SealedText contactEmail;

	private final @Nullable SealedText contactSignal;

	private final @Nullable SealedText contactPhone;

	private final @Nullable SealedText openpgpKey;

	@Sealed(KeyPurpose.CASE)
	private @Nullable SealedText assessmentContext;

	SealedRequestParts(@Nullable SealedText organizationName, @Nullable SealedText region,
			@Nullable SealedText communities, SealedText description, @Nullable SealedText outcome,
			@Nullable SealedText contactEmail, @Nullable SealedText contactSignal, @Nullable SealedText contactPhone,
			@Nullable SealedText openpgpKey, @Nullable SealedText assessmentContext) {
		this.organizationName = organizationName;
		this.region = region;
		this.communities = communities;
		this.description = description;
		this.outcome = outcome;
		this.contactEmail = contactEmail;
		this.contactSignal = contactSignal;
		this.contactPhone = contactPhone;
		this.openpgpKey = openpgpKey;
		this.assessmentContext = assessmentContext;
	}

	/** A text given on the form, to be sealed on saving; nothing for a blank one. */
	static @Nullable SealedText sealed(@Nullable String text) {
		return text == null || text.isBlank() ? null : SealedText.of(text);
	}

	/**
	 * The assessment's context as staff wrote it; sealed anew only when it changed (or can no longer be read), so
	 * saving the same assessment again does not seal the same words again.
	 */
	final void changeAssessmentContext(@Nullable String context) {
		if (context == null) {
			this.assessmentContext = null;
		}
		else if (this.assessmentContext == null || this.assessmentContext.isDestroyed()
				|| !this.assessmentContext.reveal().equals(context)) {
			this.assessmentContext = SealedText.of(context);
		}
	}

	final @Nullable String assessmentContext() {
		return reveal(assessmentContext);
	}

	public final @Nullable String organizationName() {
		return reveal(organizationName);
	}

	public final @Nullable String region() {
		return reveal(region);
	}

	public final @Nullable String communities() {
		return reveal(communities);
	}

	/** What is happening, in the requester's words; empty once the keys are gone. */
	public final String description() {
		String text = reveal(description);
		return text == null ? "" : text;
	}

	public final @Nullable String outcome() {
		return reveal(outcome);
	}

	public final @Nullable String contactEmail() {
		return reveal(contactEmail);
	}

	public final @Nullable String contactSignal() {
		return reveal(contactSignal);
	}

	public final @Nullable String contactPhone() {
		return reveal(contactPhone);
	}

	public final @Nullable String openpgpKey() {
		return reveal(openpgpKey);
	}

	/** Which ways to reach the requester were given (EMAIL, SIGNAL, PHONE, OPENPGP), without opening any. */
	final Set<Requests.Revealable.Kind> contactKinds() {
		Set<Requests.Revealable.Kind> kinds = EnumSet.noneOf(Requests.Revealable.Kind.class);
		if (given(contactEmail)) {
			kinds.add(Requests.Revealable.Kind.EMAIL);
		}
		if (given(contactSignal)) {
			kinds.add(Requests.Revealable.Kind.SIGNAL);
		}
		if (given(contactPhone)) {
			kinds.add(Requests.Revealable.Kind.PHONE);
		}
		if (given(openpgpKey)) {
			kinds.add(Requests.Revealable.Kind.OPENPGP);
		}
		return kinds;
	}

	private static boolean given(@Nullable SealedText text) {
		return text != null && !text.isDestroyed();
	}

	private static @Nullable String reveal(@Nullable SealedText text) {
		return SealedText.readable(text);
	}

}
