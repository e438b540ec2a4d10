package org.tandem.cohort.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.tandem.platform.InvalidInput;
import org.tandem.privacy.DataOwner;
import org.tandem.privacy.KeyPurpose;
import org.tandem.privacy.Sealed;
import org.tandem.privacy.SealedText;

/**
 * The exit interview of an organization or a provider at the end of a cohort, recorded by staff during the
 * interview: how the work went (1 to 5), what helped, what got in the way, what the hub should change, whether it
 * would take part again, and the day it was held. The free text is sealed under the party's own keys (the
 * organization's, or the provider's: the directory's provider id is a privacy owner).
 */
@Table("cohort_exit_interview")
public class ExitInterview {

	@Id
	private final UUID id;

	private final UUID cohortId;

	private final Party partyKind;

	@DataOwner
	private final UUID partyId;

	private int went;

	@Sealed(KeyPurpose.CASE)
	private @Nullable SealedText helped;

	@Sealed(KeyPurpose.CASE)
	private @Nullable SealedText hindered;

	@Sealed(KeyPurpose.CASE)
	private @Nullable SealedText toChange;

	private Again again;

	private LocalDate heldOn;

	private UUID recordedBy;

	private Instant recordedAt;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	ExitInterview(UUID id, UUID cohortId, Party partyKind, UUID partyId, int went, @Nullable SealedText helped,
			@Nullable SealedText hindered, @Nullable SealedText toChange, Again again, LocalDate heldOn,
			UUID recordedBy, Instant recordedAt, @Nullable Long version) {
		this.id = id;
		this.cohortId = cohortId;
		this.partyKind = partyKind;
		this.partyId = partyId;
		this.went = went;
		this.helped = helped;
		this.hindered = hindered;
		this.toChange = toChange;
		this.again = again;
		this.heldOn = heldOn;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
		this.version = version;
	}

	static ExitInterview record(UUID cohortId, Party kind, UUID partyId, Answers answers, UUID staff, Instant now,
			LocalDate today) {
		ExitInterview interview = new ExitInterview(UUID.randomUUID(), cohortId, kind, partyId, 1, null, null, null,
				Again.UNSURE, today, staff, now, null);
		interview.change(answers, staff, now, today);
		return interview;
	}

	void change(Answers answers, UUID staff, Instant now, LocalDate today) {
		int how = FormChecks.range(answers.went(), "went", 1, 5, "cohort.forms.scale");
		String helpedText = FormChecks.text(answers.helped(), "helped", false);
		String hinderedText = FormChecks.text(answers.hindered(), "hindered", false);
		String changeText = FormChecks.text(answers.toChange(), "toChange", false);
		answers.checkChoices(today);
		LocalDate day = java.util.Objects.requireNonNull(answers.heldOn());
		went = how;
		helped = helpedText == null ? null : SealedText.of(helpedText);
		hindered = hinderedText == null ? null : SealedText.of(hinderedText);
		toChange = changeText == null ? null : SealedText.of(changeText);
		again = answers.again();
		heldOn = day;
		recordedBy = staff;
		recordedAt = now;
	}

	public UUID id() {
		return id;
	}

	public UUID cohortId() {
		return cohortId;
	}

	public Party partyKind() {
		return partyKind;
	}

	public UUID partyId() {
		return partyId;
	}

	public int went() {
		return went;
	}

	public @Nullable String helped() {
		return SealedText.readable(helped);
	}

	public @Nullable String hindered() {
		return SealedText.readable(hindered);
	}

	public @Nullable String toChange() {
		return SealedText.readable(toChange);
	}

	public Again again() {
		return again;
	}

	public LocalDate heldOn() {
		return heldOn;
	}

	public UUID recordedBy() {
		return recordedBy;
	}

	public Instant recordedAt() {
		return recordedAt;
	}

	/** How many times it was saved: 0 before the first save; a page carries it to be refused once stale. */
	public long revision() {
		return version == null ? 0 : version + 1;
	}

	/** Whom an exit interview is with. */
	public enum Party {
		ORGANIZATION, PROVIDER
	}

	/** Would the party take part in a cohort again. */
	public enum Again {

		YES, NO, UNSURE;

		public String messageKey() {
			return "cohort.exit.again." + name().toLowerCase(Locale.ROOT);
		}

	}

	/** What staff record; the choices as typed (null: missing or not valid). */
	public record Answers(@Nullable Integer went, @Nullable String helped, @Nullable String hindered,
			@Nullable String toChange, @Nullable Again again, @Nullable LocalDate heldOn) {

		/** What is wrong with the answers, field by field (empty: nothing). */
		public java.util.List<FormProblem> problems(LocalDate today) {
			return FormChecks.problems(() -> FormChecks.range(went, "went", 1, 5, "cohort.forms.scale"),
					() -> FormChecks.text(helped, "helped", false), () -> FormChecks.text(hindered, "hindered", false),
					() -> FormChecks.text(toChange, "toChange", false), () -> checkAgain(),
					() -> checkDay(today));
		}

		void checkChoices(LocalDate today) {
			checkAgain();
			checkDay(today);
		}

		private void checkAgain() {
			if (again == null) {
				throw new InvalidInput("again", "cohort.forms.choose");
			}
		}

		private void checkDay(LocalDate today) {
			if (heldOn == null) {
				throw new InvalidInput("heldOn", "cohort.forms.day");
			}
			if (heldOn.isAfter(today) || heldOn.isBefore(today.minusYears(2))) {
				throw new InvalidInput("heldOn", "cohort.exit.dayRange");
			}
		}

	}

}
