package org.tandem.engagement.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.tandem.engagement.PlanStatus;
import org.tandem.engagement.Side;
import org.tandem.platform.InvalidInput;
import org.tandem.privacy.DataOwner;
import org.tandem.privacy.KeyPurpose;
import org.tandem.privacy.Sealed;
import org.tandem.privacy.SealedText;

/**
 * One item of an engagement's plan: what is to be done and the outcome it serves (sealed), which side owns it, when it
 * is due, its effort in hours and its cost in minor units of the plan's currency, and where it stands (in the clear,
 * for totals). Its own aggregate, so that two people editing two items never refuse each other.
 */
@Table("engagement_plan_item")
public class PlanItem {

	public static final int TITLE_LIMIT = 300;

	public static final int OUTCOME_LIMIT = 1_000;

	/** The most hours one item may take. */
	public static final int MOST_HOURS = 10_000;

	@Id
	private final UUID id;

	private final UUID engagementId;

	@DataOwner
	private final UUID organizationId;

	@Sealed(KeyPurpose.CASE)
	private SealedText title;

	@Sealed(KeyPurpose.CASE)
	private @Nullable SealedText outcome;

	private Side owner;

	private LocalDate dueOn;

	private int effortHours;

	private long costMinor;

	private PlanStatus status;

	private final Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	PlanItem(UUID id, UUID engagementId, UUID organizationId, SealedText title, @Nullable SealedText outcome,
			Side owner, LocalDate dueOn, int effortHours, long costMinor, PlanStatus status, Instant createdAt,
			Instant updatedAt, @Nullable Long version) {
		this.id = id;
		this.engagementId = engagementId;
		this.organizationId = organizationId;
		this.title = title;
		this.outcome = outcome;
		this.owner = owner;
		this.dueOn = dueOn;
		this.effortHours = effortHours;
		this.costMinor = costMinor;
		this.status = status;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	static PlanItem record(Engagement engagement, Entry entry, Instant now) {
		entry.check();
		return new PlanItem(UUID.randomUUID(), engagement.id(), engagement.organizationId(), SealedText.of(entry.title()),
				entry.outcome() == null ? null : SealedText.of(entry.outcome()), entry.owner(), entry.dueOn(),
				entry.effortHours(), entry.costMinor(), PlanStatus.TO_DO, now, now, null);
	}

	/** Changes what the item says; returns whether anything changed. Unchanged sealed values keep their ciphertext. */
	boolean change(Entry entry, Instant now) {
		entry.check();
		if (entry.equals(entry())) {
			return false;
		}
		if (!entry.title().equals(title())) {
			title = SealedText.of(entry.title());
		}
		if (!Objects.equals(entry.outcome(), outcome())) {
			outcome = entry.outcome() == null ? null : SealedText.of(entry.outcome());
		}
		owner = entry.owner();
		dueOn = entry.dueOn();
		effortHours = entry.effortHours();
		costMinor = entry.costMinor();
		updatedAt = now;
		return true;
	}

	void mark(PlanStatus to, Instant now) {
		status = to;
		updatedAt = now;
	}

	/**
	 * What a participant writes for one item; a blank outcome is none. Only the organization and the provider own
	 * items.
	 */
	public record Entry(String title, @Nullable String outcome, Side owner, LocalDate dueOn, int effortHours,
			long costMinor) {

		public Entry {
			title = title.strip();
			outcome = outcome == null || outcome.isBlank() ? null : outcome.strip();
		}

		void check() {
			if (title.isEmpty()) {
				throw new InvalidInput("title", "engagement.plan.titleMissing");
			}
			if (title.length() > TITLE_LIMIT) {
				throw new InvalidInput("title", "engagement.plan.tooLong");
			}
			if (outcome != null && outcome.length() > OUTCOME_LIMIT) {
				throw new InvalidInput("outcome", "engagement.plan.tooLong");
			}
			if (owner == Side.STAFF) {
				throw new InvalidInput("owner", "engagement.plan.ownerInvalid");
			}
			if (effortHours < 0 || effortHours > MOST_HOURS) {
				throw new InvalidInput("effort", "engagement.plan.effortInvalid");
			}
			if (costMinor < 0 || costMinor > Means.MOST_MINOR) {
				throw new InvalidInput("cost", "engagement.plan.amountInvalid");
			}
			if (dueOn.getYear() < 2000 || dueOn.getYear() > 2200) {
				throw new InvalidInput("dueOn", "engagement.plan.dateInvalid");
			}
		}

	}

	public Entry entry() {
		return new Entry(title(), outcome(), owner, dueOn, effortHours, costMinor);
	}

	public UUID id() {
		return id;
	}

	public UUID engagementId() {
		return engagementId;
	}

	public String title() {
		return Objects.requireNonNullElse(SealedText.readable(title), "");
	}

	public @Nullable String outcome() {
		return SealedText.readable(outcome);
	}

	public Side owner() {
		return owner;
	}

	public LocalDate dueOn() {
		return dueOn;
	}

	public int effortHours() {
		return effortHours;
	}

	public long costMinor() {
		return costMinor;
	}

	public PlanStatus status() {
		return status;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public long version() {
		return version == null ? 0 : version;
	}

}
