package org.tandem.audit.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.tandem.audit.Priority;
import org.tandem.audit.RecommendationStatus;
import org.tandem.engagement.Workspaces;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.Markdown;
import org.tandem.privacy.DataOwner;
import org.tandem.privacy.KeyPurpose;
import org.tandem.privacy.Sealed;
import org.tandem.privacy.SealedText;

/**
 * One recommendation of an audit: what to do (Markdown) about one or more of its findings, the effort in hours, an
 * optional cost in a currency a plan may count in, a priority and an optional due date; where it stands with the
 * organization (its side alone decides: accepted, postponed or declined, with a reason for the last two) and, once
 * accepted and moved into the engagement's plan, the plan item it became. Effort is in whole hours rather than a
 * small/medium/large scale because the plan item it may become counts hours against the organization's staff time.
 * Every text is sealed under the organization's case key.
 */
@Table("audit_recommendation")
public class Recommendation {

	public static final int TITLE_LIMIT = 300;

	public static final int ACTION_LIMIT = 8_000;

	public static final int REASON_LIMIT = 2_000;

	/** The most hours one recommendation may take (as many as one plan item). */
	public static final int MOST_HOURS = 10_000;

	/** The largest cost, in minor units (as a plan's). */
	public static final long MOST_MINOR = 100_000_000_000L;

	/** The most findings one recommendation rests on. */
	public static final int FINDINGS_LIMIT = 20;

	@Id
	private final UUID id;

	private final UUID auditId;

	@DataOwner
	private final UUID organizationId;

	@Sealed(KeyPurpose.CASE)
	private SealedText title;

	@Sealed(KeyPurpose.CASE)
	private SealedText action;

	private int effortHours;

	private @Nullable Long costMinor;

	private @Nullable String currency;

	private Priority priority;

	private @Nullable LocalDate dueOn;

	private RecommendationStatus status;

	@Sealed(KeyPurpose.CASE)
	private @Nullable SealedText reason;

	private @Nullable UUID decidedBy;

	private @Nullable Instant decidedAt;

	private @Nullable UUID planItemId;

	private final UUID recordedBy;

	private final Instant createdAt;

	private Instant updatedAt;

	@MappedCollection(idColumn = "recommendation_id")
	private Set<FindingLink> findings;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	Recommendation(UUID id, UUID auditId, UUID organizationId, SealedText title, SealedText action, int effortHours,
			@Nullable Long costMinor, @Nullable String currency, Priority priority, @Nullable LocalDate dueOn,
			RecommendationStatus status, @Nullable SealedText reason, @Nullable UUID decidedBy,
			@Nullable Instant decidedAt, @Nullable UUID planItemId, UUID recordedBy, Instant createdAt,
			Instant updatedAt, Set<FindingLink> findings, @Nullable Long version) {
		this.id = id;
		this.auditId = auditId;
		this.organizationId = organizationId;
		this.title = title;
		this.action = action;
		this.effortHours = effortHours;
		this.costMinor = costMinor;
		this.currency = currency;
		this.priority = priority;
		this.dueOn = dueOn;
		this.status = status;
		this.reason = reason;
		this.decidedBy = decidedBy;
		this.decidedAt = decidedAt;
		this.planItemId = planItemId;
		this.recordedBy = recordedBy;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.findings = findings;
		this.version = version;
	}

	static Recommendation record(Audit audit, UUID accountId, Entry entry, Instant now) {
		entry.check();
		return new Recommendation(UUID.randomUUID(), audit.id(), audit.organizationId(), SealedText.of(entry.title()),
				SealedText.of(entry.action()), entry.effortHours(), entry.costMinor(), entry.currency(),
				entry.priority(), entry.dueOn(), RecommendationStatus.PROPOSED, null, null, null, null, accountId, now,
				now, links(entry.findings()), null);
	}

	void change(Entry entry, Instant now) {
		entry.check();
		if (!entry.title().equals(title())) {
			title = SealedText.of(entry.title());
		}
		if (!entry.action().equals(action())) {
			action = SealedText.of(entry.action());
		}
		effortHours = entry.effortHours();
		costMinor = entry.costMinor();
		currency = entry.currency();
		priority = entry.priority();
		dueOn = entry.dueOn();
		findings = links(entry.findings());
		updatedAt = now;
	}

	/** The organization's decision; answers the change to keep in the history. */
	RecommendationChange decide(RecommendationStatus to, @Nullable String why, UUID accountId, Instant now) {
		String text = Finding.blankIsNone(why);
		if (!to.decision()) {
			throw new InvalidInput("status", "audit.rec.status.invalid");
		}
		if (to.needsReason() && text == null) {
			throw new InvalidInput("reason", "audit.rec.reason.required");
		}
		if (text != null && text.length() > REASON_LIMIT) {
			throw new InvalidInput("reason", "audit.rec.reason.tooLong");
		}
		if (to == status && Objects.equals(text, reason())) {
			throw new InvalidInput("status", "audit.rec.status.same");
		}
		RecommendationChange change = RecommendationChange.of(this, status, to, text, accountId, now);
		status = to;
		reason = text == null ? null : SealedText.of(text);
		decidedBy = accountId;
		decidedAt = now;
		updatedAt = now;
		return change;
	}

	void planned(UUID itemId, Instant now) {
		planItemId = itemId;
		updatedAt = now;
	}

	/** Whether it is accepted and not yet in the engagement's plan. */
	public boolean waitsForPlan() {
		return status == RecommendationStatus.ACCEPTED && planItemId == null;
	}

	private static Set<FindingLink> links(List<UUID> findingIds) {
		Set<FindingLink> links = new LinkedHashSet<>();
		findingIds.forEach(f -> links.add(new FindingLink(f)));
		return links;
	}

	/**
	 * What the auditor writes for one recommendation: the findings it rests on (ids of the same audit's findings), a
	 * cost in minor units of the currency (both or neither), a due date or none.
	 */
	public record Entry(String title, String action, List<UUID> findings, int effortHours, @Nullable Long costMinor,
			@Nullable String currency, Priority priority, @Nullable LocalDate dueOn) {

		public Entry {
			title = title.strip();
			action = action.strip();
			findings = List.copyOf(new LinkedHashSet<>(findings));
			currency = currency == null || currency.isBlank() ? null : currency.strip();
		}

		void check() {
			if (title.isEmpty()) {
				throw new InvalidInput("title", "audit.rec.title.required");
			}
			if (title.length() > TITLE_LIMIT) {
				throw new InvalidInput("title", "audit.rec.title.tooLong");
			}
			if (action.isEmpty()) {
				throw new InvalidInput("action", "audit.rec.action.required");
			}
			if (action.length() > Math.min(ACTION_LIMIT, Markdown.LIMIT)) {
				throw new InvalidInput("action", "audit.rec.action.tooLong");
			}
			if (findings.isEmpty()) {
				throw new InvalidInput("findings", "audit.rec.findings.required");
			}
			if (findings.size() > FINDINGS_LIMIT) {
				throw new InvalidInput("findings", "audit.rec.findings.tooMany");
			}
			if (effortHours < 0 || effortHours > MOST_HOURS) {
				throw new InvalidInput("effort", "audit.rec.effort.invalid");
			}
			if (costMinor != null && (costMinor < 0 || costMinor > MOST_MINOR)) {
				throw new InvalidInput("cost", "audit.rec.cost.invalid");
			}
			if (costMinor != null && (currency == null || !Workspaces.CURRENCIES.contains(currency))) {
				throw new InvalidInput("currency", "audit.rec.currency.invalid");
			}
			if (dueOn != null && (dueOn.getYear() < 2000 || dueOn.getYear() > 2200)) {
				throw new InvalidInput("dueOn", "audit.rec.date.invalid");
			}
		}

	}

	/** A finding the recommendation rests on. */
	@Table("audit_recommendation_finding")
	record FindingLink(UUID findingId) {
	}

	public UUID id() {
		return id;
	}

	public UUID auditId() {
		return auditId;
	}

	public UUID organizationId() {
		return organizationId;
	}

	public String title() {
		return Objects.requireNonNullElse(SealedText.readable(title), "");
	}

	/** What to do, in Markdown. */
	public String action() {
		return Objects.requireNonNullElse(SealedText.readable(action), "");
	}

	public int effortHours() {
		return effortHours;
	}

	public @Nullable Long costMinor() {
		return costMinor;
	}

	public @Nullable String currency() {
		return currency;
	}

	public Priority priority() {
		return priority;
	}

	public @Nullable LocalDate dueOn() {
		return dueOn;
	}

	public RecommendationStatus status() {
		return status;
	}

	/** The organization's reason for its latest decision, if it gave one. */
	public @Nullable String reason() {
		return SealedText.readable(reason);
	}

	public @Nullable UUID decidedBy() {
		return decidedBy;
	}

	public @Nullable Instant decidedAt() {
		return decidedAt;
	}

	/** The engagement plan's item it became, once moved into the plan. */
	public @Nullable UUID planItemId() {
		return planItemId;
	}

	public UUID recordedBy() {
		return recordedBy;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	/** The findings it rests on. */
	public List<UUID> findingIds() {
		return findings.stream().map(FindingLink::findingId).toList();
	}

	public long version() {
		return version == null ? 0 : version;
	}

	public Entry entry() {
		return new Entry(title(), action(), findingIds(), effortHours, costMinor, currency, priority, dueOn);
	}

}
