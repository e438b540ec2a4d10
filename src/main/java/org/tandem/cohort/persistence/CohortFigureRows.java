package org.tandem.cohort.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Collection;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.cohort.CohortFigures;

/**
 * Closed cohorts in a period (the closing index serves the range) with each organization's membership reduced to
 * one answer: was it a member when the cohort closed. A cohort holds tens of organizations, a hub closes a few
 * cohorts a year: the rows read are bounded by the period.
 */
@Component
class CohortFigureRows implements CohortFigures {

	private final JdbcClient jdbc;

	CohortFigureRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Closed> closed(Instant from, Instant to, Function<Collection<UUID>, Set<UUID>> countable) {
		record Member(UUID cohort, Instant closedAt, UUID organization, boolean stayed) {
		}
		List<Member> members = jdbc.sql("""
				select c.id, c.closed_at, o.organization_id,
					max(case when o.left_at is null or o.left_at >= c.closed_at then 1 else 0 end) as stayed
				from cohort c join cohort_organization o on o.cohort_id = c.id
				where c.closed_at >= :from and c.closed_at < :to
				group by c.id, c.closed_at, o.organization_id""")
			.param("from", OffsetDateTime.ofInstant(from, java.time.ZoneOffset.UTC))
			.param("to", OffsetDateTime.ofInstant(to, java.time.ZoneOffset.UTC))
			.query((rs, row) -> new Member(rs.getObject("id", UUID.class),
					rs.getObject("closed_at", OffsetDateTime.class).toInstant(),
					rs.getObject("organization_id", UUID.class), rs.getInt("stayed") == 1))
			.list();
		// cohorts closed without organizations count too: a cohort is read on its own
		List<Map.Entry<UUID, Instant>> cohorts = jdbc.sql("""
				select id, closed_at from cohort where closed_at >= :from and closed_at < :to order by closed_at, id""")
			.param("from", OffsetDateTime.ofInstant(from, java.time.ZoneOffset.UTC))
			.param("to", OffsetDateTime.ofInstant(to, java.time.ZoneOffset.UTC))
			.query((rs, row) -> Map.entry(rs.getObject("id", UUID.class),
					rs.getObject("closed_at", OffsetDateTime.class).toInstant()))
			.list();
		Set<UUID> counted = members.isEmpty() ? Set.of()
				: countable.apply(members.stream().map(Member::organization).collect(Collectors.toSet()));
		Map<UUID, long[]> tallies = new LinkedHashMap<>();
		cohorts.forEach(c -> tallies.put(c.getKey(), new long[2]));
		for (Member member : members) {
			if (counted.contains(member.organization()) && tallies.containsKey(member.cohort())) {
				tallies.get(member.cohort())[member.stayed() ? 0 : 1]++;
			}
		}
		List<Closed> closed = new ArrayList<>(cohorts.size());
		for (Map.Entry<UUID, Instant> cohort : cohorts) {
			long[] tally = tallies.get(cohort.getKey());
			closed.add(new Closed(cohort.getValue(), tally[0], tally[1]));
		}
		return closed;
	}

}
