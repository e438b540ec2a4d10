package org.tandem.evaluation.works;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.audit.AuditedEngagements;
import org.tandem.engagement.PlanProgress;
import org.tandem.evaluation.EvaluationResults;
import org.tandem.evaluation.PlanMode;
import org.tandem.evaluation.figures.Countable;

/**
 * The tally behind "what works": a job reads every plan with results once (keyset pages of
 * {@link EvaluationResults}), leaves out entirely the organizations and providers who asked not to be counted, asks
 * the audit and engagement modules' doors which kinds of work each plan had (ids in chunks of 500: audits, knowledge
 * checks, plan items done, audit recommendations carried out and what they answered), counts
 * ({@link WorksCount}) and replaces the rows of {@code evaluation_works_tally} in one transaction. A view reads only
 * those few rows. Hourly, and at once after an organization or a provider changes whether it may be counted
 * ({@link org.tandem.platform.CountingChanged}): an opt-out leaves the published figures as soon as the recount
 * commits; a plan's new round shows within the hour. Recounts never overlap: each first locks the evaluation's one
 * settings row, so a second waits for the first and then counts again from what the first committed.
 */
@Component
public class WhatWorksTally {

	private static final int CHUNK = 500;

	private final JdbcClient jdbc;

	private final EvaluationResults results;

	private final Countable countable;

	private final AuditedEngagements audits;

	private final PlanProgress progress;

	private final Clock clock;

	WhatWorksTally(JdbcClient jdbc, EvaluationResults results, Countable countable, AuditedEngagements audits,
			PlanProgress progress, Clock clock) {
		this.jdbc = jdbc;
		this.results = results;
		this.countable = countable;
		this.audits = audits;
		this.progress = progress;
		this.clock = clock;
	}

	/** The job, on one instance at a time. */
	@Scheduled(fixedDelay = 60, initialDelay = 5, timeUnit = TimeUnit.MINUTES)
	@net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "evaluation-what-works", lockAtMostFor = "30m")
	public void scheduled() {
		recompute();
	}

	/** An organization or a provider changed its counting choice: count again now, after that change committed. */
	@org.springframework.modulith.events.ApplicationModuleListener
	void on(org.tandem.platform.CountingChanged changed) {
		recompute();
	}

	/** Counts every plan with results again and replaces the tally; answers how many plans were counted. */
	@Transactional
	public int recompute() {
		jdbc.sql("select id from evaluation_setting where id = 1 for update").query(Integer.class).optional();
		List<EvaluationResults.Result> all = new ArrayList<>();
		UUID after = null;
		do {
			EvaluationResults.Page page = results.results(after, EvaluationResults.PAGE_LIMIT);
			for (EvaluationResults.Result result : page.results()) {
				if (result.averageChange() != null) {
					all.add(slim(result));
				}
			}
			after = page.after();
		} while (after != null);

		Set<UUID> organizations = inChunks(all.stream().map(EvaluationResults.Result::organizationId).toList(),
				countable::organizations);
		Set<UUID> providers = inChunks(all.stream().map(EvaluationResults.Result::providerId)
			.filter(java.util.Objects::nonNull).toList(), countable::providers);
		List<EvaluationResults.Result> counted = all.stream()
			.filter(r -> organizations.contains(r.organizationId()))
			.filter(r -> r.providerId() == null || providers.contains(r.providerId()))
			.toList();

		List<UUID> engagements = counted.stream().map(EvaluationResults.Result::engagementId)
			.filter(java.util.Objects::nonNull).distinct().toList();
		Set<UUID> audited = inChunks(engagements, audits::audited);
		Set<UUID> checked = inChunks(engagements, this::knowledgeChecked);
		Map<UUID, PlanProgress.Progress> items = new HashMap<>();
		List<AuditedEngagements.Planned> planned = new ArrayList<>();
		for (int i = 0; i < engagements.size(); i += CHUNK) {
			List<UUID> chunk = engagements.subList(i, Math.min(engagements.size(), i + CHUNK));
			items.putAll(progress.progress(chunk));
			planned.addAll(audits.planned(chunk));
		}
		Set<UUID> done = inChunks(planned.stream().map(AuditedEngagements.Planned::planItemId).toList(),
				progress::done);
		Map<UUID, EnumSet<WorksGroup>> acted = new HashMap<>();
		for (AuditedEngagements.Planned p : planned) {
			if (done.contains(p.planItemId())) {
				p.categories().forEach(category -> acted
					.computeIfAbsent(p.engagementId(), e -> EnumSet.noneOf(WorksGroup.class))
					.add(WorksGroup.acted(category)));
			}
		}

		List<WorksCount.Fact> facts = new ArrayList<>();
		for (EvaluationResults.Result r : counted) {
			EnumSet<WorksGroup> groups = EnumSet.noneOf(WorksGroup.class);
			if (r.cohortId() != null) {
				groups.add(WorksGroup.COHORT);
			}
			if (r.engagementId() != null) {
				groups.add(WorksGroup.INTRODUCTION);
				if (audited.contains(r.engagementId())) {
					groups.add(WorksGroup.AUDIT);
				}
				if (checked.contains(r.engagementId())) {
					groups.add(WorksGroup.KNOWLEDGE_CHECK);
				}
				PlanProgress.Progress p = items.get(r.engagementId());
				if (p != null && p.live() > 0) {
					groups.add(WorksGroup.items(p.done(), p.live()));
				}
				groups.addAll(acted.getOrDefault(r.engagementId(), EnumSet.noneOf(WorksGroup.class)));
			}
			facts.add(new WorksCount.Fact(r.organizationId(), r.providerId(), r.mode(),
					java.util.Objects.requireNonNull(r.averageChange()), r.potentialReached(), groups));
		}
		write(WorksCount.count(facts));
		return facts.size();
	}

	private void write(Map<WorksCount.Key, WorksCount.Tally> tallies) {
		OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
		jdbc.sql("delete from evaluation_works_tally").update();
		tallies.forEach((key, tally) -> jdbc.sql("""
				insert into evaluation_works_tally (provider_id, mode, grouping, organizations, improved, change_sum,
					potential_organizations, potential_sum, computed_at)
				values (:provider, :mode, :grouping, :organizations, :improved, :changeSum, :potentialOrganizations,
					:potentialSum, :now)""")
			.param("provider", key.owner())
			.param("mode", key.mode().name())
			.param("grouping", key.group().name())
			.param("organizations", tally.organizations())
			.param("improved", tally.improved())
			.param("changeSum", tally.changeSum().setScale(10, RoundingMode.HALF_UP))
			.param("potentialOrganizations", tally.potentialOrganizations())
			.param("potentialSum", tally.potentialSum().setScale(10, RoundingMode.HALF_UP))
			.param("now", now)
			.update());
	}

	/** The cells of one owner ({@link WorksCount#HUB} or a provider), read by the primary key. */
	@Transactional(readOnly = true)
	public Map<WorksCount.Key, WorksCount.Tally> of(UUID owner) {
		Map<WorksCount.Key, WorksCount.Tally> cells = new HashMap<>();
		jdbc.sql("""
				select mode, grouping, organizations, improved, change_sum, potential_organizations, potential_sum
				from evaluation_works_tally where provider_id = :owner""")
			.param("owner", owner)
			.query(rs -> {
				cells.put(new WorksCount.Key(owner, PlanMode.valueOf(rs.getString("mode")),
						WorksGroup.valueOf(rs.getString("grouping"))),
						new WorksCount.Tally(rs.getLong("organizations"), rs.getLong("improved"),
								rs.getBigDecimal("change_sum"), rs.getLong("potential_organizations"),
								rs.getBigDecimal("potential_sum")));
			});
		return cells;
	}

	/** When the tally was last counted (null before the first run). */
	@Transactional(readOnly = true)
	public java.util.Optional<OffsetDateTime> computedAt() {
		return jdbc.sql("select max(computed_at) from evaluation_works_tally").query(OffsetDateTime.class).optional();
	}

	/** Those of these engagements that had a knowledge check (this module's surveys, {@code survey_engagement_idx}). */
	private Set<UUID> knowledgeChecked(Collection<UUID> engagementIds) {
		return new HashSet<>(jdbc.sql("""
				select distinct engagement_id from survey where kind = 'KNOWLEDGE' and engagement_id in (:ids)""")
			.param("ids", engagementIds)
			.query(UUID.class)
			.list());
	}

	private static EvaluationResults.Result slim(EvaluationResults.Result r) {
		return new EvaluationResults.Result(r.planId(), r.organizationId(), r.engagementId(), r.cohortId(),
				r.providerId(), r.mode(), List.of(), r.averageChange(), r.potentialReached());
	}

	private static Set<UUID> inChunks(Collection<UUID> ids, Function<Collection<UUID>, Set<UUID>> ask) {
		List<UUID> distinct = new ArrayList<>(new HashSet<>(ids));
		Set<UUID> answer = new HashSet<>();
		for (int i = 0; i < distinct.size(); i += CHUNK) {
			answer.addAll(ask.apply(distinct.subList(i, Math.min(distinct.size(), i + CHUNK))));
		}
		return answer;
	}

}
