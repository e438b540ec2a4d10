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
 * An organization's outtake at the end of a cohort: what changed, what it will keep doing, what was missing, whether
 * it would recommend the cohort (1 to 5) and how well protected it feels now (1 to 5, as in its {@link Intake}). The
 * free text is sealed under the organization's case key; the choices are columns.
 */
@Table("cohort_outtake")
public class Outtake {

	@Id
	private final UUID id;

	private final UUID cohortId;

	@DataOwner
	private final UUID organizationId;

	@Sealed(KeyPurpose.CASE)
	private SealedText changed;

	@Sealed(KeyPurpose.CASE)
	private @Nullable SealedText keepDoing;

	@Sealed(KeyPurpose.CASE)
	private @Nullable SealedText missing;

	private int recommend;

	private int confidence;

	private UUID filledBy;

	private Instant filledAt;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	Outtake(UUID id, UUID cohortId, UUID organizationId, SealedText changed, @Nullable SealedText keepDoing,
			@Nullable SealedText missing, int recommend, int confidence, UUID filledBy, Instant filledAt,
			@Nullable Long version) {
		this.id = id;
		this.cohortId = cohortId;
		this.organizationId = organizationId;
		this.changed = changed;
		this.keepDoing = keepDoing;
		this.missing = missing;
		this.recommend = recommend;
		this.confidence = confidence;
		this.filledBy = filledBy;
		this.filledAt = filledAt;
		this.version = version;
	}

	static Outtake fill(UUID cohortId, UUID organizationId, Answers answers, UUID member, Instant now) {
		Outtake outtake = new Outtake(UUID.randomUUID(), cohortId, organizationId, SealedText.of("-"), null, null, 1,
				1, member, now, null);
		outtake.change(answers, member, now);
		return outtake;
	}

	void change(Answers answers, UUID member, Instant now) {
		String changedText = java.util.Objects.requireNonNull(FormChecks.text(answers.changed(), "changed", true));
		String keepText = FormChecks.text(answers.keepDoing(), "keepDoing", false);
		String missingText = FormChecks.text(answers.missing(), "missing", false);
		int recommends = FormChecks.range(answers.recommend(), "recommend", 1, 5, "cohort.forms.scale");
		int scale = FormChecks.range(answers.confidence(), "confidence", 1, 5, "cohort.forms.scale");
		changed = SealedText.of(changedText);
		keepDoing = keepText == null ? null : SealedText.of(keepText);
		missing = missingText == null ? null : SealedText.of(missingText);
		recommend = recommends;
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

	public @Nullable String changed() {
		return SealedText.readable(changed);
	}

	public @Nullable String keepDoing() {
		return SealedText.readable(keepDoing);
	}

	public @Nullable String missing() {
		return SealedText.readable(missing);
	}

	public int recommend() {
		return recommend;
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
	public record Answers(@Nullable String changed, @Nullable String keepDoing, @Nullable String missing,
			@Nullable Integer recommend, @Nullable Integer confidence) {

		/** What is wrong with the answers, field by field (empty: nothing). */
		public java.util.List<FormProblem> problems() {
			return FormChecks.problems(() -> FormChecks.text(changed, "changed", true),
					() -> FormChecks.text(keepDoing, "keepDoing", false),
					() -> FormChecks.text(missing, "missing", false),
					() -> FormChecks.range(recommend, "recommend", 1, 5, "cohort.forms.scale"),
					() -> FormChecks.range(confidence, "confidence", 1, 5, "cohort.forms.scale"));
		}

	}

}
