package org.tandem.intake.persistence;

import java.util.ArrayList;
import org.tandem.intake.domain.Holders;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.ToIntFunction;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.privacy.PurgeService;
import org.tandem.privacy.RetentionRule;

/**
 * How long intake keeps what it holds: a declined request is purged once it has not changed for the period, a
 * handed-over one once its holder has been done with it for as long; the digests of a purged request's link are deleted after theirs, and the link then opens nothing.
 */
@Configuration(proxyBeanMethods = false)
class IntakeRetention {

	@Bean
	RetentionRule finishedRequests(JdbcClient jdbc, PurgeService purges, Holders holders) {
		return new Rule("intake.finished-requests", Duration.ofDays(90), Duration.ofDays(7), Duration.ofDays(730),
				cutoff -> {
					List<UUID> due = new ArrayList<>(jdbc.sql("""
							select id from help_request where status = 'DECLINED' and updated_at < :cutoff""")
						.param("cutoff", Timestamp.from(cutoff))
						.query(UUID.class)
						.list());
					// a handed-over request is finished when its holder is done with it
					due.addAll(holders.finishedBefore(cutoff));
					due.forEach(id -> purges.purge(id, org.tandem.privacy.PurgeReason.RETENTION));
					// An anonymous request is purged as soon as contact is confirmed; if the instance stopped between
					// the two, this finishes the promise on the next run.
					List<UUID> confirmed = holders.anonymousInContact();
					confirmed.forEach(id -> purges.purge(id, org.tandem.privacy.PurgeReason.CONTACT_CONFIRMED));
					return due.size() + confirmed.size();
				});
	}

	@Bean
	RetentionRule purgedLinks(RequestLinks links) {
		return new Rule("intake.purged-links", Duration.ofDays(90), Duration.ofDays(1), Duration.ofDays(365),
				links::deletePurgedBefore);
	}

	private record Rule(String kind, Duration defaultPeriod, Duration minimum, Duration maximum,
			ToIntFunction<Instant> applier) implements RetentionRule {

		@Override
		public int apply(Instant cutoff) {
			return applier.applyAsInt(cutoff);
		}

	}

}
