package org.tandem.engagement.persistence;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.engagement.Phase;

/**
 * How many engagements each provider has going on and keeping in touch, kept by the transaction that opens an
 * engagement, moves it between phases or deletes it: staff read the load per provider without counting engagements.
 */
@Repository
public class EngagementLoad {

	private final JdbcClient jdbc;

	EngagementLoad(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An engagement of this provider moved from one phase to another (from null: it opened; to null: deleted). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void moved(UUID providerId, @Nullable Phase from, @Nullable Phase to) {
		int active = weight(to, true) - weight(from, true);
		int keeping = weight(to, false) - weight(from, false);
		if (active == 0 && keeping == 0) {
			return;
		}
		int changed = jdbc.sql("""
				update engagement_load set active = active + :active, keeping_in_touch = keeping_in_touch + :keeping
				where provider_id = :provider""")
			.param("active", active)
			.param("keeping", keeping)
			.param("provider", providerId)
			.update();
		if (changed == 0) {
			// the provider's first engagement; two opened at the same instant for a new provider make one of the two
			// transactions fail on the primary key, and the person is asked to try again
			jdbc.sql("insert into engagement_load (provider_id, active, keeping_in_touch) values (:provider, :active, :keeping)")
				.param("provider", providerId)
				.param("active", Math.max(active, 0))
				.param("keeping", Math.max(keeping, 0))
				.update();
		}
	}

	private static int weight(@Nullable Phase phase, boolean active) {
		if (phase == null) {
			return 0;
		}
		return (active ? phase.isWorking() : phase == Phase.KEEPING_IN_TOUCH) ? 1 : 0;
	}

	/** The providers with the most engagements going on, most first, at most {@code limit}. */
	@Transactional(readOnly = true)
	public List<Load> busiest(int limit) {
		return jdbc.sql("""
				select provider_id, active, keeping_in_touch from engagement_load where active > 0 or keeping_in_touch > 0
				order by active desc, provider_id desc fetch first :limit rows only""")
			.param("limit", limit)
			.query((rs, row) -> new Load(rs.getObject("provider_id", UUID.class), rs.getInt("active"),
					rs.getInt("keeping_in_touch")))
			.list();
	}

	/** How many of the provider's engagements are going on (not keeping in touch, not closed); zero if none. */
	@Transactional(readOnly = true)
	public int active(UUID providerId) {
		return jdbc.sql("select active from engagement_load where provider_id = :provider")
			.param("provider", providerId)
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	/** One provider's engagements going on and keeping in touch. */
	public record Load(UUID providerId, int active, int keepingInTouch) {
	}

}
