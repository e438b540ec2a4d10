package org.tandem.audit.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.ActivityStatus;
import org.tandem.audit.AuditSide;
import org.tandem.audit.catalog.ActivityCatalog;
import org.tandem.audit.catalog.CatalogActivity;
import org.tandem.audit.persistence.AuditActivityRepository;
import org.tandem.audit.persistence.AuditEvidenceRepository;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;

/**
 * An audit's plan, always as one account: what Tandem proposes for its context ({@link Proposal}), the activities the
 * auditor picked in their order and on their days, the total time against the time available, and each activity's
 * notes and where it stands. Who sees the audit sees its plan (anyone else: "not found"); only the auditor's side
 * changes it, and nothing changes once the audit is closed.
 */
@Service
public class AuditPlans {

	/** The most activities one plan holds: well above any real audit's, and a bound on every page and answer. */
	public static final int ACTIVITY_LIMIT = 60;

	private final AuditService audits;

	private final AuditActivityRepository activities;

	private final AuditEvidenceRepository evidence;

	private final ActivityCatalog catalog;

	private final Clock clock;

	AuditPlans(AuditService audits, AuditActivityRepository activities, AuditEvidenceRepository evidence,
			ActivityCatalog catalog, Clock clock) {
		this.audits = audits;
		this.activities = activities;
		this.evidence = evidence;
		this.catalog = catalog;
		this.clock = clock;
	}

	/** The plan as the account sees it, the catalog read in the reader's language. */
	@Transactional(readOnly = true)
	public PlanView view(UUID auditId, UUID accountId, Locale locale) {
		AuditService.Seen seen = audits.get(auditId, accountId);
		List<CatalogActivity> all = catalog.activities(locale);
		Map<UUID, CatalogActivity> byId = new HashMap<>();
		all.forEach(a -> byId.put(a.id(), a));
		Proposal.Needs needs = Proposal.Needs.of(seen.audit());
		List<Planned> planned = new ArrayList<>();
		Set<UUID> picked = new HashSet<>();
		for (AuditActivity activity : activities.ofAudit(auditId, ACTIVITY_LIMIT)) {
			CatalogActivity entry = byId.containsKey(activity.activityId()) ? byId.get(activity.activityId())
					: catalog.activity(activity.activityId(), locale).orElse(null);
			planned.add(new Planned(activity, entry, entry == null ? null : Proposal.judge(entry, needs)));
			picked.add(activity.activityId());
		}
		List<Proposal.Candidate> candidates = Proposal.of(all, needs)
			.stream()
			.filter(c -> !picked.contains(c.activity().id()))
			.toList();
		return new PlanView(seen.audit(), seen.side(), planned, candidates, Balance.of(planned, seen.audit()));
	}

	/** Adds a catalog activity at the end of the plan (any activity: the auditor decides; the page says what fits). */
	@Transactional
	public AuditActivity pick(UUID auditId, UUID accountId, UUID activityId) {
		Audit audit = audits.forChange(auditId, accountId);
		CatalogActivity entry = catalog.activity(activityId, Locale.ENGLISH)
			.filter(a -> !a.retired())
			.orElseThrow(() -> new InvalidInput("activity", "audit.plan.activity.unknown"));
		List<AuditActivity> plan = activities.ofAudit(auditId, ACTIVITY_LIMIT + 1);
		if (plan.stream().anyMatch(a -> a.activityId().equals(entry.id()))) {
			throw new InvalidInput("activity", "audit.plan.activity.already");
		}
		if (plan.size() >= ACTIVITY_LIMIT) {
			throw new InvalidInput("activity", "audit.plan.activity.tooMany");
		}
		int position = plan.stream().mapToInt(AuditActivity::position).max().orElse(0) + 1;
		audits.touched(auditId);
		return activities.save(AuditActivity.picked(audit, entry.id(), position, clock.instant()));
	}

	/** Takes an activity off the plan, while nothing was recorded for it (still planned, no notes, no evidence). */
	@Transactional
	public void remove(UUID auditId, UUID accountId, UUID plannedId) {
		audits.forChange(auditId, accountId);
		AuditActivity activity = find(auditId, plannedId);
		if (activity.status() != ActivityStatus.PLANNED || activity.notes() != null
				|| evidence.countOf(plannedId) > 0) {
			throw new InvalidInput("activity", "audit.plan.activity.recorded");
		}
		activities.delete(activity);
		audits.touched(auditId);
	}

	/** Moves an activity one place up (earlier) or down (later) in the plan; at either end nothing moves. */
	@Transactional
	public void move(UUID auditId, UUID accountId, UUID plannedId, boolean up) {
		audits.forChange(auditId, accountId);
		List<AuditActivity> plan = activities.ofAudit(auditId, ACTIVITY_LIMIT);
		int at = -1;
		for (int i = 0; i < plan.size(); i++) {
			if (plan.get(i).id().equals(plannedId)) {
				at = i;
			}
		}
		if (at < 0) {
			throw new NotFoundException();
		}
		int other = up ? at - 1 : at + 1;
		if (other < 0 || other >= plan.size()) {
			return;
		}
		// positions are renumbered 1..n so that equal or sparse positions never stop a move
		List<AuditActivity> reordered = new ArrayList<>(plan);
		java.util.Collections.swap(reordered, at, other);
		var now = clock.instant();
		for (int i = 0; i < reordered.size(); i++) {
			AuditActivity activity = reordered.get(i);
			if (activity.position() != i + 1) {
				activity.placeAt(i + 1, now);
				activities.save(activity);
			}
		}
		audits.touched(auditId);
	}

	/** Sets the day each activity is planned for (null clears it); all or nothing. */
	@Transactional
	public void schedule(UUID auditId, UUID accountId, Map<UUID, @Nullable LocalDate> days) {
		audits.forChange(auditId, accountId);
		LocalDate today = LocalDate.now(clock);
		Map<UUID, AuditActivity> plan = new HashMap<>();
		activities.ofAudit(auditId, ACTIVITY_LIMIT).forEach(a -> plan.put(a.id(), a));
		var now = clock.instant();
		for (Map.Entry<UUID, @Nullable LocalDate> day : days.entrySet()) {
			AuditActivity activity = plan.get(day.getKey());
			if (activity == null) {
				throw new NotFoundException();
			}
			LocalDate date = day.getValue();
			if (date != null && (date.isBefore(today.minusYears(1)) || date.isAfter(today.plusYears(3)))) {
				throw new InvalidInput("day-" + activity.id(), "audit.plan.day.outOfRange");
			}
			if (!java.util.Objects.equals(date, activity.plannedOn())) {
				activity.planOn(date, now);
				activities.save(activity);
			}
		}
		audits.touched(auditId);
	}

	/** One activity of the plan with the side the account sees it from. */
	@Transactional(readOnly = true)
	public SeenActivity activity(UUID auditId, UUID accountId, UUID plannedId, Locale locale) {
		AuditService.Seen seen = audits.get(auditId, accountId);
		AuditActivity activity = find(auditId, plannedId);
		CatalogActivity entry = catalog.activity(activity.activityId(), locale).orElse(null);
		return new SeenActivity(seen.audit(), seen.side(), new Planned(activity, entry,
				entry == null ? null : Proposal.judge(entry, Proposal.Needs.of(seen.audit()))));
	}

	/** Writes the activity's notes (Markdown), if the page showed it as it is. */
	@Transactional
	public void writeNotes(UUID auditId, UUID accountId, UUID plannedId, @Nullable String notes, long seenVersion) {
		audits.forChange(auditId, accountId);
		AuditActivity activity = find(auditId, plannedId);
		if (activity.version() != seenVersion) {
			throw new InvalidInput("notes", "audit.plan.stale");
		}
		activity.writeNotes(notes, clock.instant());
		activities.save(activity);
		audits.touched(auditId);
	}

	/**
	 * Marks where the activity stands (skipping needs a reason); {@code seenVersion} is the version the page or caller
	 * saw, or null to mark it whatever it is now.
	 */
	@Transactional
	public AuditActivity mark(UUID auditId, UUID accountId, UUID plannedId, ActivityStatus status,
			@Nullable String reason, @Nullable Long seenVersion) {
		audits.forChange(auditId, accountId);
		AuditActivity activity = find(auditId, plannedId);
		if (seenVersion != null && activity.version() != seenVersion) {
			throw new InvalidInput("status", "audit.plan.stale");
		}
		activity.mark(status, reason, clock.instant());
		audits.touched(auditId);
		return activities.save(activity);
	}

	/** The activity, found only through its audit. */
	AuditActivity find(UUID auditId, UUID plannedId) {
		return activities.findById(plannedId).filter(a -> a.auditId().equals(auditId)).orElseThrow(NotFoundException::new);
	}

	/** The plan as an account sees it. */
	public record PlanView(Audit audit, AuditSide side, List<Planned> planned, List<Proposal.Candidate> candidates,
			Balance balance) {

		public boolean auditor() {
			return side == AuditSide.AUDITOR;
		}

		/** Whether the auditor's side may change the plan now. */
		public boolean changeable() {
			return auditor() && !audit.closed();
		}

		public List<Proposal.Candidate> fitting() {
			return candidates.stream().filter(Proposal.Candidate::fits).toList();
		}

		public List<Proposal.Candidate> notFitting() {
			return candidates.stream().filter(c -> !c.fits()).toList();
		}

	}

	/**
	 * One activity of the plan with its catalog entry in the reader's language (null if the catalog no longer holds
	 * it) and the rule's verdict for it.
	 */
	public record Planned(AuditActivity activity, @Nullable CatalogActivity entry, Proposal.@Nullable Candidate verdict) {

		public @Nullable Integer minutes() {
			return entry == null ? null : entry.minutes();
		}

	}

	/** One activity with the audit and the side the account sees it from. */
	public record SeenActivity(Audit audit, AuditSide side, Planned planned) {

		public boolean changeable() {
			return side == AuditSide.AUDITOR && !audit.closed();
		}

	}

	/**
	 * The plan's time against the time available: the minutes of the activities not skipped (those without a time
	 * count for nothing and are counted apart), the minutes available (0: not said) and the difference.
	 */
	public record Balance(int total, int available, int withoutTime) {

		static Balance of(List<Planned> planned, Audit audit) {
			List<Planned> counted = planned.stream().filter(p -> p.activity().status() != ActivityStatus.SKIPPED).toList();
			return new Balance(Proposal.totalMinutes(counted.stream().map(Planned::minutes).toList()),
					audit.minutesAvailable(), (int) counted.stream().filter(p -> p.minutes() == null).count());
		}

		public boolean stated() {
			return available > 0;
		}

		public boolean over() {
			return stated() && total > available;
		}

		/** How far over (positive) or under (the time left) the plan is. */
		public int difference() {
			return Math.abs(total - available);
		}

	}

}
