package org.tandem.cohort.domain;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.tandem.privacy.DataOwner;
import org.tandem.privacy.KeyPurpose;
import org.tandem.privacy.Sealed;
import org.tandem.privacy.SealedText;

/**
 * An organization's intake at the start of a cohort: what it hopes for, its worries, what it can commit (hours a
 * month, people), what the hub should know, and how well protected it feels (1 to 5, asked again in the
 * {@link Outtake}). The free text is sealed under the organization's case key; the choices are columns.
 */
@Table("cohort_intake")
public class Intake {

	public static final int HOURS_LIMIT = 200;

	public static final int PEOPLE_LIMIT = 100;

	@Id
	private final UUID id;

	private final UUID cohortId;

	@DataOwner
	private final UUID organizationId;

	@Sealed(KeyPurpose.CASE)
	private SealedText hopes;

	@Sealed(KeyPurpose.CASE)
	private @Nullable SealedText worries;

	private int hoursPerMonth;

	private int people;

	@Sealed(KeyPurpose.CASE)
	private @Nullable SealedText toKnow;

	private int confidence;

	private UUID filledBy;

	private Instant filledAt;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	Intake(UUID id, UUID cohortId, UUID organizationId, SealedText hopes, @Nullable SealedText worries,
			int hoursPerMonth, int people, @Nullable SealedText toKnow, int confidence, UUID filledBy,
			Instant filledAt, @Nullable Long version) {
		this.id = id;
		this.cohortId = cohortId;
		this.organizationId = organizationId;
		this.hopes = hopes;
		this.worries = worries;
		this.hoursPerMonth = hoursPerMonth;
		this.people = people;
		this.toKnow = toKnow;
		this.confidence = confidence;
		this.filledBy = filledBy;
		this.filledAt = filledAt;
		this.version = version;
	}

	static Intake fill(UUID cohortId, UUID organizationId, Answers answers, UUID member, Instant now) {
		Intake intake = new Intake(UUID.randomUUID(), cohortId, organizationId, SealedText.of("-"), null, 0, 0, null,
				1, member, now, null);
		intake.change(answers, member, now);
		return intake;
	}

	void change(Answers answers, UUID member, Instant now) {
		String hopesText = java.util.Objects.requireNonNull(
				FormChecks.text(answers.hopes(), "hopes", true));
		String worriesText = FormChecks.text(answers.worries(), "worries", false);
		int hours = FormChecks.range(answers.hoursPerMonth(), "hoursPerMonth", 0, HOURS_LIMIT,
				"cohort.forms.hours");
		int persons = FormChecks.range(answers.people(), "people", 0, PEOPLE_LIMIT,
				"cohort.forms.people");
		String toKnowText = FormChecks.text(answers.toKnow(), "toKnow", false);
		int scale = FormChecks.range(answers.confidence(), "confidence", 1, 5,
				"cohort.forms.scale");
		hopes = SealedText.of(hopesText);
		worries = worriesText == null ? null : SealedText.of(worriesText);
		hoursPerMonth = hours;
		people = persons;
		toKnow = toKnowText == null ? null : SealedText.of(toKnowText);
		confidence = scale;
		filledBy = member;
		filledAt = now;
	}

	public UUID id() {
		return id;
	}

	public UUID cohortId() {
		return cohortId;
	}

	public UUID organizationId() {
		return organizationId;
	}

	public @Nullable String hopes() {
		return SealedText.readable(hopes);
	}

	public @Nullable String worries() {
		return SealedText.readable(worries);
	}

	public int hoursPerMonth() {
		return hoursPerMonth;
	}

	public int people() {
		return people;
	}

	public @Nullable String toKnow() {
		return SealedText.readable(toKnow);
	}

	public int confidence() {
		return confidence;
	}

	public UUID filledBy() {
		return filledBy;
	}

	public Instant filledAt() {
		return filledAt;
	}

	/** How many times it was saved: 0 before the first save; a page carries it to be refused once stale. */
	public long revision() {
		return version == null ? 0 : version + 1;
	}

	/** What a member answers; the choices as typed numbers (null: not a number). */
	public record Answers(@Nullable String hopes, @Nullable String worries, @Nullable Integer hoursPerMonth,
			@Nullable Integer people, @Nullable String toKnow, @Nullable Integer confidence) {

		/** What is wrong with the answers, field by field (empty: nothing). */
		public java.util.List<FormProblem> problems() {
			return FormChecks.problems(() -> FormChecks.text(hopes, "hopes", true),
					() -> FormChecks.text(worries, "worries", false),
					() -> FormChecks.range(hoursPerMonth, "hoursPerMonth", 0, HOURS_LIMIT, "cohort.forms.hours"),
					() -> FormChecks.range(people, "people", 0, PEOPLE_LIMIT, "cohort.forms.people"),
					() -> FormChecks.text(toKnow, "toKnow", false),
					() -> FormChecks.range(confidence, "confidence", 1, 5, "cohort.forms.scale"));
		}

	}

}
