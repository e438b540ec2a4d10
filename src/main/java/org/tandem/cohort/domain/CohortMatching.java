package org.tandem.cohort.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.cohort.CohortEngagements;
import org.tandem.cohort.CohortPairs;
import org.tandem.cohort.CohortStatus;
import org.tandem.cohort.PairStage;
import org.tandem.directory.ProviderCandidate;
import org.tandem.directory.ProviderStatus;
import org.tandem.directory.Providers;
import org.tandem.handoff.IntroductionSetting;
import org.tandem.intake.RequestProgress;
import org.tandem.intake.RequestStatus;
import org.tandem.intake.Requests;
import org.tandem.matching.PoolBatches;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;

/**
 * Matching within the cohort (ADR 0018): staff match the cohort's organizations — their enlisted requests with needs
 * assessed — to the cohort's providers in one batch (matching's minimum-cost flow, limited to the cohort's active
 * providers and their capacity), review it, change a pair and confirm; then the handoff's blind offer and
 * introduction run for each pair, the introduction saying it happens inside the cohort, and once both confirmed
 * contact the engagement module opens the pair's engagement at once (it asks {@link CohortEngagements}). The pairs
 * and their stages are kept here, ids only.
 */
@Service
public class CohortMatching implements CohortPairs, CohortEngagements, IntroductionSetting {

	private static final Logger log = LoggerFactory.getLogger(CohortMatching.class);

	private final CohortService cohorts;

	private final Requests requests;

	private final Providers providers;

	private final PoolBatches batches;

	private final JdbcClient jdbc;

	private final Clock clock;

	CohortMatching(CohortService cohorts, Requests requests, Providers providers, PoolBatches batches,
			JdbcClient jdbc, Clock clock) {
		this.cohorts = cohorts;
		this.requests = requests;
		this.providers = providers;
		this.batches = batches;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Why an organization cannot be matched now. */
	public enum NotReady {

		/** It was added by hand: no request of its own to match. */
		NO_REQUEST,
		/** Its request is not assessed yet (new, waiting for information, or needs not assessed). */
		NOT_ASSESSED,
		/** Its request was declined. */
		DECLINED,
		/** Its request is gone (withdrawn or purged). */
		GONE,
		/** It is matched already: see where its pair stands. */
		MATCHED;

		public String messageKey() {
			return "cohort.matching.notReady." + name().toLowerCase(Locale.ROOT);
		}

	}

	/** An organization taking part, the request it was enrolled from (if any) and whether it can be matched now. */
	public record Member(UUID organizationId, @Nullable UUID requestId, @Nullable String reference,
			@Nullable NotReady notReady) {

		public boolean ready() {
			return notReady == null;
		}

	}

	/**
	 * What the cohort's matching page shows.
	 *
	 * @param providers the cohort's providers matching may use now (taking part, active)
	 * @param outside the cohort's providers left out, not active in the directory
	 * @param proposal the proposal under review, if any
	 */
	public record Overview(Cohort cohort, List<Member> members, List<UUID> providers, List<UUID> outside,
			PoolBatches.@Nullable Proposal proposal, List<Pair> pairs) {

		public long ready() {
			return members.stream().filter(Member::ready).count();
		}

	}

	@Transactional
	public Overview overview(UUID cohortId, Locale locale) {
		Cohort cohort = cohorts.get(cohortId);
		List<UUID> eligible = new ArrayList<>();
		List<UUID> outside = new ArrayList<>();
		for (MemberProvider provider : cohort.presentProviders()) {
			(active(provider.providerId()) ? eligible : outside).add(provider.providerId());
		}
		PoolBatches.Proposal proposal = currentBatch(cohortId)
			.map(batch -> batches.proposal(batch, Set.copyOf(eligible), locale))
			.filter(p -> !p.applied())
			.orElse(null);
		return new Overview(cohort, members(cohort), eligible, outside, proposal, pairs(cohortId));
	}

	private boolean active(UUID providerId) {
		return providers.candidate(providerId).map(ProviderCandidate::status).filter(ProviderStatus.ACTIVE::equals)
			.isPresent();
	}

	private Set<UUID> pool(Cohort cohort) {
		Set<UUID> pool = new LinkedHashSet<>();
		cohort.presentProviders().stream().map(MemberProvider::providerId).filter(this::active).forEach(pool::add);
		return pool;
	}

	private List<Member> members(Cohort cohort) {
		List<UUID> organizations = cohort.presentOrganizations().stream().map(MemberOrganization::organizationId)
			.toList();
		if (organizations.isEmpty()) {
			return List.of();
		}
		// the request each organization was enrolled from in this cohort (index cohort_enlistment_cohort_idx)
		Map<UUID, UUID> requestOf = new HashMap<>();
		jdbc.sql("""
				select organization_id, request_id from cohort_enlistment
				where organization_id in (:organizations) and cohort_id = :cohort
				order by enlisted_at, request_id""")
			.param("organizations", organizations)
			.param("cohort", cohort.id())
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
			.list()
			.forEach(e -> requestOf.putIfAbsent(e.getKey(), e.getValue()));
		Map<UUID, Requests.RequestSummary> summaries = new HashMap<>();
		requests.findAll(List.copyOf(requestOf.values())).forEach(r -> summaries.put(r.id(), r));
		Map<UUID, PairStage> stages = new HashMap<>();
		pairs(cohort.id()).forEach(p -> stages.put(p.organizationId(), p.stage()));
		List<Member> members = new ArrayList<>();
		for (UUID organization : organizations) {
			UUID request = requestOf.get(organization);
			Requests.RequestSummary summary = request == null ? null : summaries.get(request);
			PairStage stage = stages.get(organization);
			NotReady why;
			if (stage != null && stage != PairStage.PROPOSED && stage != PairStage.DECLINED) {
				why = NotReady.MATCHED;
			}
			else if (request == null) {
				why = NotReady.NO_REQUEST;
			}
			else if (summary == null) {
				why = NotReady.GONE;
			}
			else if (summary.status() == RequestStatus.DECLINED) {
				why = NotReady.DECLINED;
			}
			else if (summary.status() == RequestStatus.HANDED_OVER) {
				why = NotReady.MATCHED;
			}
			else if (summary.status() != RequestStatus.ASSESSING || !summary.assessed()) {
				why = NotReady.NOT_ASSESSED;
			}
			else {
				why = null;
			}
			members.add(new Member(organization, request, summary == null ? null : summary.reference(), why));
		}
		return members;
	}

	/**
	 * Proposes the cohort's batch: every organization ready, the cohort's active providers only, as many placed as
	 * their capacity allows. Replaces a proposal not yet confirmed.
	 */
	@Transactional
	public PoolBatches.Proposal propose(UUID cohortId, UUID actor, Locale locale) {
		Cohort cohort = cohorts.get(cohortId);
		if (cohort.status() == CohortStatus.CLOSED) {
			throw new InvalidInput("matching", "cohort.matching.closed");
		}
		List<Member> ready = members(cohort).stream().filter(Member::ready).toList();
		if (ready.isEmpty()) {
			throw new InvalidInput("matching", "cohort.matching.noneReady");
		}
		Set<UUID> pool = pool(cohort);
		if (pool.isEmpty()) {
			throw new InvalidInput("matching", "cohort.matching.noProviders");
		}
		PoolBatches.Proposal proposal = batches.propose(ready.stream().map(Member::requestId).toList(), pool, actor,
				locale);
		Instant now = clock.instant();
		jdbc.sql("delete from cohort_matching where cohort_id = :cohort").param("cohort", cohortId).update();
		jdbc.sql("insert into cohort_matching (cohort_id, batch_id, proposed_at) values (:cohort, :batch, :at)")
			.param("cohort", cohortId)
			.param("batch", proposal.batchId())
			.param("at", Timestamp.from(now))
			.update();
		jdbc.sql("delete from cohort_pair where cohort_id = :cohort and stage = 'PROPOSED'").param("cohort", cohortId)
			.update();
		Map<UUID, UUID> organizationOf = new HashMap<>();
		ready.forEach(m -> organizationOf.put(m.requestId(), m.organizationId()));
		for (PoolBatches.Row row : proposal.rows()) {
			UUID organization = organizationOf.get(row.requestId());
			if (organization == null) {
				continue;
			}
			jdbc.sql("delete from cohort_pair where cohort_id = :cohort and organization_id = :organization")
				.param("cohort", cohortId).param("organization", organization).update();
			jdbc.sql("""
					insert into cohort_pair (cohort_id, organization_id, request_id, provider_id, stage, changed_at)
					values (:cohort, :organization, :request, :provider, 'PROPOSED', :at)""")
				.param("cohort", cohortId)
				.param("organization", organization)
				.param("request", row.requestId())
				.param("provider", row.providerId())
				.param("at", Timestamp.from(now))
				.update();
		}
		log.info("cohort {} matching proposed as batch {} by {}", cohortId, proposal.batchId(), actor);
		return proposal;
	}

	/** Staff put another of the cohort's providers (or nobody) on a row of the proposal. */
	@Transactional
	public void change(UUID cohortId, int position, @Nullable UUID provider, long version, UUID actor, Locale locale) {
		Cohort cohort = cohorts.get(cohortId);
		UUID batch = currentBatch(cohortId).orElseThrow(NotFoundException::new);
		Set<UUID> pool = pool(cohort);
		if (provider != null && !pool.contains(provider)) {
			throw new InvalidInput("provider-" + position, "matching.batch.excluded");
		}
		batches.change(batch, position, provider, version, pool, actor);
		PoolBatches.Row row = batches.proposal(batch, pool, locale).rows().get(position);
		jdbc.sql("""
				update cohort_pair set provider_id = :provider, changed_at = :at
				where cohort_id = :cohort and request_id = :request and stage = 'PROPOSED'""")
			.param("provider", row.providerId())
			.param("at", Timestamp.from(clock.instant()))
			.param("cohort", cohortId)
			.param("request", row.requestId())
			.update();
	}

	/**
	 * Staff confirm the proposal: each placed request still being assessed gets its provider as the one choice, and
	 * the handoff's blind offer starts; pairs left without a provider (or matched by hand meanwhile) are dropped.
	 */
	@Transactional
	public int confirm(UUID cohortId, long version, UUID actor) {
		Cohort cohort = cohorts.get(cohortId);
		if (cohort.status() == CohortStatus.CLOSED) {
			throw new InvalidInput("matching", "cohort.matching.closed");
		}
		UUID batch = currentBatch(cohortId).orElseThrow(NotFoundException::new);
		List<UUID> applied = batches.apply(batch, version, pool(cohort), actor);
		Instant now = clock.instant();
		if (!applied.isEmpty()) {
			jdbc.sql("""
					update cohort_pair set stage = 'OFFERED', changed_at = :at
					where cohort_id = :cohort and stage = 'PROPOSED' and request_id in (:requests)""")
				.param("at", Timestamp.from(now))
				.param("cohort", cohortId)
				.param("requests", applied)
				.update();
		}
		jdbc.sql("delete from cohort_pair where cohort_id = :cohort and stage = 'PROPOSED'").param("cohort", cohortId)
			.update();
		jdbc.sql("delete from cohort_matching where cohort_id = :cohort").param("cohort", cohortId).update();
		log.info("cohort {} matching confirmed: {} pairs offered by {}", cohortId, applied.size(), actor);
		return applied.size();
	}

	private Optional<UUID> currentBatch(UUID cohortId) {
		return jdbc.sql("select batch_id from cohort_matching where cohort_id = :cohort")
			.param("cohort", cohortId)
			.query(UUID.class)
			.optional();
	}

	private record Row(UUID organizationId, @Nullable UUID requestId, @Nullable UUID providerId, PairStage stage,
			@Nullable UUID engagementId) {
	}

	/**
	 * The cohort's pairs by organization id; the stages the handoff moves on are read from where the request stands
	 * now and kept.
	 */
	@Override
	@Transactional
	public List<Pair> pairs(UUID cohortId) {
		List<Row> rows = jdbc.sql("""
				select organization_id, request_id, provider_id, stage, engagement_id from cohort_pair
				where cohort_id = :cohort order by organization_id""")
			.param("cohort", cohortId)
			.query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getObject(3, UUID.class), PairStage.valueOf(rs.getString(4)), rs.getObject(5, UUID.class)))
			.list();
		List<Pair> pairs = new ArrayList<>();
		for (Row row : rows) {
			PairStage stage = row.stage();
			if (stage.inHandoff() && row.requestId() != null) {
				PairStage now = stageOf(row.requestId(), stage);
				if (now != stage) {
					jdbc.sql("""
							update cohort_pair set stage = :stage, changed_at = :at
							where cohort_id = :cohort and organization_id = :organization and stage = :was""")
						.param("stage", now.name())
						.param("at", Timestamp.from(clock.instant()))
						.param("cohort", cohortId)
						.param("organization", row.organizationId())
						.param("was", stage.name())
						.update();
					stage = now;
				}
			}
			pairs.add(new Pair(row.organizationId(), row.providerId(), stage, row.engagementId()));
		}
		return pairs;
	}

	/** Where the handoff holding the request stands, as it tells intake (its stage's message key). */
	private PairStage stageOf(UUID requestId, PairStage kept) {
		Optional<Requests.RequestSummary> request = requests.find(requestId);
		if (request.isEmpty()) {
			return kept;
		}
		if (request.get().status() != RequestStatus.HANDED_OVER) {
			// taken back to assessment, or declined: the pair is to be matched again
			return PairStage.DECLINED;
		}
		Optional<RequestProgress.Progress> progress = requests.progress(requestId);
		if (progress.isEmpty()) {
			return kept;
		}
		return switch (progress.get().labelKey()) {
			case "handoff.stage.offering" -> PairStage.OFFERED;
			case "handoff.stage.no_provider", "handoff.stage.withdrawn" -> PairStage.DECLINED;
			case "handoff.stage.accepted" -> PairStage.ACCEPTED;
			case "handoff.stage.introduced", "handoff.stage.contact_failed", "handoff.stage.contact_recorded" ->
				PairStage.INTRODUCED;
			case "handoff.stage.following_up", "handoff.stage.closed" -> PairStage.CONTACT_CONFIRMED;
			default -> kept;
		};
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Opening> openingFor(UUID requestId) {
		return jdbc.sql("""
				select p.cohort_id, p.organization_id, p.provider_id,
				(select c.account_id from cohort_coordinator c where c.cohort_id = p.cohort_id
				 order by c.added_at, c.account_id fetch first 1 rows only)
				from cohort_pair p where p.request_id = :request and p.stage <> 'ENGAGEMENT_OPEN'
				and p.provider_id is not null""")
			.param("request", requestId)
			.query((rs, n) -> {
				UUID coordinator = rs.getObject(4, UUID.class);
				return coordinator == null ? null
						: new Opening(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
								rs.getObject(3, UUID.class), coordinator);
			})
			.optional();
	}

	@Override
	@Transactional
	public void opened(UUID requestId, UUID engagementId) {
		int changed = jdbc.sql("""
				update cohort_pair set stage = 'ENGAGEMENT_OPEN', engagement_id = :engagement, changed_at = :at
				where request_id = :request""")
			.param("engagement", engagementId)
			.param("at", Timestamp.from(clock.instant()))
			.param("request", requestId)
			.update();
		if (changed > 0) {
			log.info("cohort pair of request {} works in engagement {}", requestId, engagementId);
		}
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> cohortOf(UUID requestId) {
		return jdbc.sql("""
				select c.name from cohort_pair p join cohort c on c.id = p.cohort_id where p.request_id = :request""")
			.param("request", requestId)
			.query(String.class)
			.optional();
	}

	/** The names of these providers, for staff's page. */
	@Transactional(readOnly = true)
	public Map<UUID, String> providerNames(Collection<UUID> ids) {
		return providers.names(ids);
	}

}
