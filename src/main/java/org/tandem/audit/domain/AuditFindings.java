package org.tandem.audit.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.RecommendationStatus;
import org.tandem.audit.persistence.FindingRepository;
import org.tandem.audit.persistence.RecommendationChangeRepository;
import org.tandem.audit.persistence.RecommendationRepository;
import org.tandem.platform.NotFoundException;

/**
 * An audit's findings and recommendations as read by an account that may see the audit (either side), for its pages,
 * its API and its reports: the findings weightiest first (likelihood times impact, then newest), the recommendations
 * by priority, due date and age with the findings they rest on and where they stand, and each recommendation's status
 * over time for the follow-up. Anyone who may not see the audit gets "not found".
 */
@Service
public class AuditFindings {

	private final AuditService audits;

	private final FindingRepository findings;

	private final RecommendationRepository recommendations;

	private final RecommendationChangeRepository changes;

	AuditFindings(AuditService audits, FindingRepository findings, RecommendationRepository recommendations,
			RecommendationChangeRepository changes) {
		this.audits = audits;
		this.findings = findings;
		this.recommendations = recommendations;
		this.changes = changes;
	}

	/** The audit's findings, weightiest first, then newest. */
	@Transactional(readOnly = true)
	public List<Finding> findings(UUID auditId, UUID accountId) {
		audits.get(auditId, accountId);
		return findings.findByAuditIdOrderByWeightDescCreatedAtDescIdDesc(auditId);
	}

	/** One finding, found only through its own audit. */
	@Transactional(readOnly = true)
	public Finding finding(UUID auditId, UUID accountId, UUID findingId) {
		audits.get(auditId, accountId);
		return findings.findById(findingId).filter(f -> f.auditId().equals(auditId)).orElseThrow(NotFoundException::new);
	}

	/**
	 * The audit's recommendations with the findings each rests on (weightiest first): high priority first, then the
	 * soonest due (none last), then the oldest.
	 */
	@Transactional(readOnly = true)
	public List<Recommended> recommendations(UUID auditId, UUID accountId) {
		audits.get(auditId, accountId);
		Map<UUID, Finding> byId = findings.findByAuditIdOrderByWeightDescCreatedAtDescIdDesc(auditId)
			.stream()
			.collect(Collectors.toMap(Finding::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		List<Finding> ordered = List.copyOf(byId.values());
		return recommendations.findByAuditIdOrderByCreatedAtAscIdAsc(auditId)
			.stream()
			.sorted(ORDER)
			.map(r -> new Recommended(r, ordered.stream().filter(f -> r.findingIds().contains(f.id())).toList()))
			.toList();
	}

	/** One recommendation with its findings, found only through its own audit. */
	@Transactional(readOnly = true)
	public Recommended recommendation(UUID auditId, UUID accountId, UUID recommendationId) {
		return recommendations(auditId, accountId).stream()
			.filter(r -> r.recommendation().id().equals(recommendationId))
			.findFirst()
			.orElseThrow(NotFoundException::new);
	}

	/**
	 * The follow-up: the re-check date, each recommendation's status over time (its changes, oldest first) and how
	 * many stand in each status now.
	 */
	@Transactional(readOnly = true)
	public FollowUp followUp(UUID auditId, UUID accountId) {
		Audit audit = audits.get(auditId, accountId).audit();
		List<Recommended> all = recommendations(auditId, accountId);
		Map<UUID, List<RecommendationChange>> byRecommendation = new LinkedHashMap<>();
		changes.findByAuditIdOrderByChangedAtAscIdAsc(auditId)
			.forEach(c -> byRecommendation.computeIfAbsent(c.recommendationId(), k -> new ArrayList<>()).add(c));
		Map<RecommendationStatus, Integer> counts = new EnumMap<>(RecommendationStatus.class);
		for (RecommendationStatus status : RecommendationStatus.values()) {
			counts.put(status, 0);
		}
		all.forEach(r -> counts.merge(r.recommendation().status(), 1, Integer::sum));
		return new FollowUp(audit.recheckOn(), all.stream()
			.map(r -> new Timeline(r.recommendation(), byRecommendation.getOrDefault(r.recommendation().id(), List.of())))
			.toList(), counts);
	}

	static final Comparator<Recommendation> ORDER = Comparator.comparing(Recommendation::priority)
		.thenComparing(Recommendation::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(Recommendation::createdAt);

	/** A recommendation with the findings it rests on, weightiest first. */
	public record Recommended(Recommendation recommendation, List<Finding> findings) {
	}

	/** A recommendation and the changes of its status, oldest first (proposed when there are none). */
	public record Timeline(Recommendation recommendation, List<RecommendationChange> changes) {
	}

	/** The audit's re-check date, its recommendations' timelines and the count of each status now. */
	public record FollowUp(@Nullable LocalDate recheckOn, List<Timeline> timelines,
			Map<RecommendationStatus, Integer> counts) {
	}

}
