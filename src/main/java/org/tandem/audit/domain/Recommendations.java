package org.tandem.audit.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.AuditSide;
import org.tandem.audit.RecommendationStatus;
import org.tandem.audit.persistence.FindingRepository;
import org.tandem.audit.persistence.RecommendationChangeRepository;
import org.tandem.audit.persistence.RecommendationRepository;
import org.tandem.engagement.Side;
import org.tandem.engagement.Workspaces;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;

/**
 * An audit's recommendations, always as one account. The auditor's side adds, changes (stale pages refused) and
 * removes them while the audit is open; the organization's side alone decides on them (accepted, postponed or
 * declined, a reason required for the last two, changeable later, every change kept); either side moves the accepted
 * ones of an audit inside an engagement into the engagement's plan in one step, each only once.
 */
@Service
public class Recommendations {

	/** The most recommendations one audit holds. */
	public static final int LIMIT = 200;

	/** The longest outcome a plan item takes (the findings' titles are cut to it). */
	static final int OUTCOME_LIMIT = 1_000;

	private final AuditService audits;

	private final RecommendationRepository recommendations;

	private final RecommendationChangeRepository changes;

	private final FindingRepository findings;

	private final Workspaces workspaces;

	private final Clock clock;

	Recommendations(AuditService audits, RecommendationRepository recommendations,
			RecommendationChangeRepository changes, FindingRepository findings, Workspaces workspaces, Clock clock) {
		this.audits = audits;
		this.recommendations = recommendations;
		this.changes = changes;
		this.findings = findings;
		this.workspaces = workspaces;
		this.clock = clock;
	}

	@Transactional
	public Recommendation add(UUID auditId, UUID accountId, Recommendation.Entry entry) {
		Audit audit = audits.forChange(auditId, accountId);
		entry.check();
		requireFindings(auditId, entry);
		if (recommendations.countByAuditId(auditId) >= LIMIT) {
			throw new InvalidInput("title", "audit.rec.tooMany");
		}
		Recommendation recommendation = recommendations
			.save(Recommendation.record(audit, accountId, entry, clock.instant()));
		audits.touched(auditId);
		return recommendation;
	}

	/** Changes a recommendation's content (not where it stands), on a page that showed it as it is. */
	@Transactional
	public void change(UUID auditId, UUID accountId, UUID recommendationId, Recommendation.Entry entry,
			long seenVersion) {
		audits.forChange(auditId, accountId);
		Recommendation recommendation = of(auditId, recommendationId);
		if (recommendation.version() != seenVersion) {
			throw new InvalidInput("title", "audit.rec.stale");
		}
		entry.check();
		requireFindings(auditId, entry);
		recommendation.change(entry, clock.instant());
		recommendations.save(recommendation);
		audits.touched(auditId);
	}

	/** Removes a recommendation with its history; a plan item it became stays in the plan. */
	@Transactional
	public void remove(UUID auditId, UUID accountId, UUID recommendationId) {
		audits.forChange(auditId, accountId);
		Recommendation recommendation = of(auditId, recommendationId);
		changes.deleteOfRecommendation(recommendationId);
		recommendations.delete(recommendation);
		audits.touched(auditId);
	}

	/**
	 * The organization's side decides on a recommendation, on a page that showed it as it is: accepted, postponed or
	 * declined (a reason required for the last two). The change is kept with who made it, when and why.
	 */
	@Transactional
	public void decide(UUID auditId, UUID accountId, UUID recommendationId, RecommendationStatus to,
			@Nullable String reason, long seenVersion) {
		AuditService.Seen seen = audits.get(auditId, accountId);
		Recommendation recommendation = of(auditId, recommendationId);
		if (seen.side() != AuditSide.ORGANIZATION) {
			throw new InvalidInput("status", "audit.rec.organizationOnly");
		}
		if (seen.audit().closed()) {
			throw new InvalidInput("status", "audit.closed");
		}
		if (recommendation.version() != seenVersion) {
			throw new InvalidInput("status", "audit.rec.stale");
		}
		RecommendationChange change = recommendation.decide(to, reason, accountId, clock.instant());
		recommendations.save(recommendation);
		changes.save(change);
		audits.touched(auditId);
	}

	/** The accepted recommendations not in the engagement's plan yet, and the currency that plan counts in. */
	@Transactional(readOnly = true)
	public Waiting waiting(UUID auditId, UUID accountId) {
		Audit audit = audits.get(auditId, accountId).audit();
		List<Recommendation> waiting = recommendations.findByAuditIdOrderByCreatedAtAscIdAsc(auditId)
			.stream()
			.filter(Recommendation::waitsForPlan)
			.sorted(AuditFindings.ORDER)
			.toList();
		UUID engagementId = audit.engagementId();
		String currency = engagementId == null || waiting.isEmpty() ? null
				: workspaces.planCurrency(engagementId, accountId);
		return new Waiting(waiting, currency);
	}

	/**
	 * Moves every accepted recommendation not yet planned into the engagement's plan in one step, as either side: all
	 * or nothing. Each becomes a plan item owned by the side chosen for it (the organization by default), due on its
	 * own date or the one chosen, with its effort, and its cost when it is in the plan's currency (none otherwise).
	 * Refused when the page showed other recommendations than those waiting now. Answers the new plan items' ids.
	 */
	@Transactional
	public List<UUID> toPlan(UUID auditId, UUID accountId, PlanMove move) {
		Audit audit = audits.get(auditId, accountId).audit();
		if (audit.closed()) {
			throw new InvalidInput("recommendations", "audit.closed");
		}
		UUID engagementId = audit.engagementId();
		if (engagementId == null) {
			throw new InvalidInput("recommendations", "audit.rec.plan.noEngagement");
		}
		Workspaces.Seat seat = workspaces.seat(engagementId, accountId).orElseThrow(NotFoundException::new);
		if (seat.closed()) {
			throw new InvalidInput("recommendations", "audit.rec.plan.engagementClosed");
		}
		Waiting waiting = waiting(auditId, accountId);
		if (waiting.recommendations().isEmpty()) {
			throw new InvalidInput("recommendations", "audit.rec.plan.none");
		}
		Set<UUID> now = waiting.recommendations().stream().map(Recommendation::id).collect(Collectors.toSet());
		if (!now.equals(new HashSet<>(move.seen()))) {
			throw new InvalidInput("recommendations", "audit.rec.plan.stale");
		}
		Map<UUID, String> titles = findings.findByAuditIdOrderByWeightDescCreatedAtDescIdDesc(auditId)
			.stream()
			.collect(Collectors.toMap(Finding::id, Finding::title));
		List<Workspaces.PlanEntry> entries = new ArrayList<>();
		for (Recommendation r : waiting.recommendations()) {
			LocalDate due = r.dueOn() != null ? r.dueOn() : move.dueOn();
			if (due == null) {
				throw new InvalidInput("dueOn", "audit.rec.plan.dueMissing");
			}
			Side owner = move.owners().getOrDefault(r.id(), Side.ORGANIZATION);
			if (owner == Side.STAFF) {
				throw new InvalidInput("owner", "audit.rec.plan.ownerInvalid");
			}
			long cost = Objects.equals(r.currency(), waiting.currency()) && r.costMinor() != null ? r.costMinor() : 0;
			entries.add(new Workspaces.PlanEntry(r.title(), outcome(r, titles), owner, due, r.effortHours(), cost));
		}
		List<UUID> items = workspaces.addPlanItems(engagementId, accountId, entries);
		Instant at = clock.instant();
		for (int i = 0; i < items.size(); i++) {
			Recommendation r = waiting.recommendations().get(i);
			r.planned(items.get(i), at);
			recommendations.save(r);
		}
		audits.touched(auditId);
		return items;
	}

	private static @Nullable String outcome(Recommendation r, Map<UUID, String> titles) {
		String joined = r.findingIds().stream().map(titles::get).filter(Objects::nonNull)
			.collect(Collectors.joining("; "));
		if (joined.isEmpty()) {
			return null;
		}
		return joined.length() <= OUTCOME_LIMIT ? joined : joined.substring(0, OUTCOME_LIMIT - 1) + "…";
	}

	private void requireFindings(UUID auditId, Recommendation.Entry entry) {
		List<Finding> found = findings.findAllById(entry.findings());
		if (found.size() != entry.findings().size() || found.stream().anyMatch(f -> !f.auditId().equals(auditId))) {
			throw new InvalidInput("findings", "audit.rec.findings.unknown");
		}
	}

	private Recommendation of(UUID auditId, UUID recommendationId) {
		return recommendations.findById(recommendationId)
			.filter(r -> r.auditId().equals(auditId))
			.orElseThrow(NotFoundException::new);
	}

	/** The accepted recommendations waiting for the plan, and its currency (null outside an engagement). */
	public record Waiting(List<Recommendation> recommendations, @Nullable String currency) {
	}

	/**
	 * What the page moving them sent: the date for those without their own, the side owning each (organization when
	 * not chosen), and the recommendations it showed.
	 */
	public record PlanMove(@Nullable LocalDate dueOn, Map<UUID, Side> owners, List<UUID> seen) {

		public PlanMove {
			owners = Map.copyOf(owners);
			seen = List.copyOf(seen);
		}

	}

}
