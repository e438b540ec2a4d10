package org.tandem.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.platform.InvalidInput;

/** The retention periods in force, their changes by administrators, and applying them. */
@Service
public class RetentionService {

	private static final Logger log = LoggerFactory.getLogger(RetentionService.class);

	private final Map<String, RetentionRule> rules;

	private final JdbcClient jdbc;

	private final Clock clock;

	RetentionService(List<RetentionRule> rules, JdbcClient jdbc, Clock clock) {
		this.rules = rules.stream()
			.sorted(Comparator.comparing(RetentionRule::kind))
			.collect(Collectors.toMap(RetentionRule::kind, Function.identity(), (a, b) -> {
				throw new IllegalStateException("Two retention rules for " + a.kind());
			}, java.util.LinkedHashMap::new));
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Every rule with the period in force. */
	public List<Setting> settings() {
		Map<String, Long> configured = jdbc.sql("select kind, period_seconds from privacy_retention")
			.query((rs, n) -> Map.entry(rs.getString("kind"), rs.getLong("period_seconds")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		return rules.values().stream().map(rule -> {
			Long seconds = configured.get(rule.kind());
			Duration period = seconds == null ? rule.defaultPeriod() : clamp(rule, Duration.ofSeconds(seconds));
			return new Setting(rule.kind(), period, rule.defaultPeriod(), rule.minimum(), rule.maximum());
		}).toList();
	}

	/** Changes a period, in whole days, within the rule's bounds. */
	@Transactional
	public void change(String kind, long days, UUID administrator) {
		RetentionRule rule = rules.get(kind);
		if (rule == null) {
			throw new InvalidInput("kind", "retention.error.unknown");
		}
		if (days < 0 || days > rule.maximum().toDays()) {
			throw new InvalidInput("days", "retention.error.bounds");
		}
		Duration period = Duration.ofDays(days);
		if (period.compareTo(rule.minimum()) < 0 || period.compareTo(rule.maximum()) > 0) {
			throw new InvalidInput("days", "retention.error.bounds");
		}
		int updated = jdbc.sql("""
				update privacy_retention set period_seconds = :seconds, updated_at = :at, updated_by = :by
				where kind = :kind""")
			.param("seconds", period.toSeconds())
			.param("at", Timestamp.from(clock.instant()))
			.param("by", administrator)
			.param("kind", kind)
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into privacy_retention (kind, period_seconds, updated_at, updated_by)
					values (:kind, :seconds, :at, :by)""")
				.param("kind", kind)
				.param("seconds", period.toSeconds())
				.param("at", Timestamp.from(clock.instant()))
				.param("by", administrator)
				.update();
		}
	}

	/** Applies every rule once; a failing rule does not stop the others. Returns the total destroyed. */
	public int applyAll() {
		int total = 0;
		for (Setting setting : settings()) {
			try {
				int destroyed = rules.get(setting.kind()).apply(clock.instant().minus(setting.period()));
				if (destroyed > 0) {
					log.info("Retention {}: {} destroyed", setting.kind(), destroyed);
				}
				total += destroyed;
			}
			catch (RuntimeException e) {
				log.warn("Retention rule {} failed ({})", setting.kind(), e.getClass().getSimpleName());
			}
		}
		return total;
	}

	private static Duration clamp(RetentionRule rule, Duration period) {
		if (period.compareTo(rule.minimum()) < 0) {
			return rule.minimum();
		}
		return period.compareTo(rule.maximum()) > 0 ? rule.maximum() : period;
	}

	/** A rule's period in force, its default and its bounds. */
	public record Setting(String kind, Duration period, Duration defaultPeriod, Duration minimum, Duration maximum) {

		public long days() {
			return period.toDays();
		}

	}

}
