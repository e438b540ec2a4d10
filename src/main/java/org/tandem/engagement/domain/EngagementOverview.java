package org.tandem.engagement.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.Accounts;
import org.tandem.engagement.Phase;
import org.tandem.engagement.Side;
import org.tandem.engagement.persistence.EngagementLoad;
import org.tandem.engagement.persistence.EngagementRepository;
import org.tandem.platform.Cursors;
import org.tandem.platform.NotFoundException;

/**
 * Staff's view of every engagement, assigned or not (ADR 0017): dates, phases and what is stuck, never a sealed
 * field; the load of each provider; and the step by which a staff member takes part in an engagement, recorded in its
 * participants and in the security audit log. A page is one index range per phase, merged: it costs the same with a
 * hundred engagements or a hundred thousand.
 */
@Service
public class EngagementOverview {

	/** Engagements on one page. */
	public static final int PAGE_SIZE = 50;

	/** Providers in the load table. */
	public static final int LOAD_LIMIT = 50;

	private final JdbcClient jdbc;

	private final EngagementRepository engagements;

	private final EngagementLoad load;

	private final Accounts accounts;

	private final OverviewProperties properties;

	private final Clock clock;

	EngagementOverview(JdbcClient jdbc, EngagementRepository engagements, EngagementLoad load, Accounts accounts,
			OverviewProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.engagements = engagements;
		this.load = load;
		this.accounts = accounts;
		this.properties = properties;
		this.clock = clock;
	}

	/** Which engagements a page lists. */
	public enum State {

		/** Discover, Strategise, Actualise. */
		ACTIVE(Phase.DISCOVER, Phase.STRATEGISE, Phase.ACTUALISE),
		KEEPING_IN_TOUCH(Phase.KEEPING_IN_TOUCH),
		CLOSED(Phase.CLOSED);

		private final List<Phase> phases;

		State(Phase... phases) {
			this.phases = List.of(phases);
		}

		public String messageKey() {
			return "engagements.state." + name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	/**
	 * One engagement on staff's overview.
	 *
	 * @param stuck nothing happened in it for longer than the configured time, while the work is going on
	 * @param mine the staff member looking takes part in it
	 */
	public record Row(UUID id, UUID organizationId, UUID providerId, Phase phase, Instant openedAt,
			Instant lastActivity, boolean stuck, boolean mine, int overdue) {
	}

	/** A page of rows, stalest first, and the cursor of the next (null on the last). */
	public record Page(List<Row> rows, @Nullable String next) {
	}

	/** Engagements in this state, least recently active first, from a cursor ({@code next} of the page before). */
	@Transactional(readOnly = true)
	public Page page(State state, String after, UUID staffId) {
		Instant fromAt = null;
		UUID fromId = null;
		var keys = Cursors.decode(after, 2);
		if (keys.isPresent()) {
			try {
				fromAt = Instant.parse(keys.get().get(0));
				fromId = UUID.fromString(keys.get().get(1));
			}
			catch (RuntimeException notOurs) {
				fromAt = null;
				fromId = null;
			}
		}
		List<Row> rows = new ArrayList<>();
		for (Phase phase : state.phases) {
			rows.addAll(range(phase, fromAt, fromId, PAGE_SIZE + 1));
		}
		rows.sort(Comparator.comparing(Row::lastActivity).thenComparing(Row::id, EngagementOverview::asStored));
		String next = null;
		if (rows.size() > PAGE_SIZE) {
			rows = new ArrayList<>(rows.subList(0, PAGE_SIZE));
			Row last = rows.getLast();
			next = Cursors.encode(last.lastActivity().toString(), last.id().toString());
		}
		List<UUID> ids = rows.stream().map(Row::id).toList();
		Set<UUID> mine = mine(staffId, ids);
		java.util.Map<UUID, Integer> overdue = overdue(ids);
		Instant stuckBefore = clock.instant().minus(properties.stuckAfter());
		return new Page(rows.stream()
			.map(r -> new Row(r.id(), r.organizationId(), r.providerId(), r.phase(), r.openedAt(), r.lastActivity(),
					r.phase().isWorking() && r.lastActivity().isBefore(stuckBefore), mine.contains(r.id()),
					overdue.getOrDefault(r.id(), 0)))
			.toList(), next);
	}

	/**
	 * UUIDs in the order the databases keep them (H2 and PostgreSQL both compare them as unsigned bytes), not
	 * {@link UUID#compareTo}'s signed one: the merged page must end where the next page's query starts.
	 */
	static int asStored(UUID a, UUID b) {
		int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
		return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
	}

	private List<Row> range(Phase phase, @Nullable Instant fromAt, @Nullable UUID fromId, int limit) {
		String after = fromAt == null ? "" : " and (updated_at > :at or (updated_at = :at and id > :id))";
		var sql = jdbc.sql("""
				select id, organization_id, provider_id, phase, opened_at, updated_at from engagement
				where phase = :phase""" + after + " order by updated_at, id fetch first :limit rows only")
			.param("phase", phase.name())
			.param("limit", limit);
		if (fromAt != null) {
			sql = sql.param("at", Timestamp.from(fromAt)).param("id", fromId);
		}
		return sql.query((rs, row) -> new Row(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
				rs.getObject("provider_id", UUID.class), Phase.valueOf(rs.getString("phase")),
				rs.getTimestamp("opened_at").toInstant(), rs.getTimestamp("updated_at").toInstant(), false, false, 0))
			.list();
	}

	/** How many items of each engagement's plan are past their day and not done: one query for the page. */
	private java.util.Map<UUID, Integer> overdue(List<UUID> engagementIds) {
		java.util.Map<UUID, Integer> counts = new java.util.HashMap<>();
		if (engagementIds.isEmpty()) {
			return counts;
		}
		jdbc.sql("""
				select engagement_id, count(*) as overdue from engagement_plan_item
				where engagement_id in (:ids) and status in ('TO_DO', 'DOING') and due_on < :today
				group by engagement_id""")
			.param("ids", engagementIds)
			.param("today", java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC))
			.query((rs, row) -> counts.put(rs.getObject("engagement_id", UUID.class), rs.getInt("overdue")))
			.list();
		return counts;
	}

	private Set<UUID> mine(UUID staffId, List<UUID> engagementIds) {
		if (engagementIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("""
				select engagement_id from engagement_participant
				where account_id = :account and engagement_id in (:ids)""")
			.param("account", staffId)
			.param("ids", engagementIds)
			.query(UUID.class)
			.list());
	}

	/** After how many days without activity an engagement going on is called stuck. */
	public long stuckDays() {
		return properties.stuckAfter().toDays();
	}

	/** The providers with the most engagements going on. */
	@Transactional(readOnly = true)
	public List<EngagementLoad.Load> load() {
		return load.busiest(LOAD_LIMIT);
	}

	/**
	 * A staff member takes part in an engagement they were not assigned to: they become a participant for the hub,
	 * which the engagement's participants see, and the security audit log records it. Taking part twice changes
	 * nothing.
	 */
	@Transactional
	public void takePart(UUID engagementId, UUID staffId) {
		Engagement engagement = engagements.findById(engagementId).orElseThrow(NotFoundException::new);
		if (engagement.sideOf(staffId).isPresent()) {
			return;
		}
		engagement.add(staffId, Side.STAFF, clock.instant());
		engagements.save(engagement);
		accounts.recordEngagementJoined(staffId, engagementId);
	}

}
