package org.tandem.evaluation.figures;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.platform.InvalidInput;

/**
 * The hub's minimum group size k, set by administrators (table {@code evaluation_setting}, one row, a database check
 * keeps it between {@value Disclosure#LOWEST_MINIMUM} and {@value Disclosure#HIGHEST_MINIMUM}), and every change of
 * it (table {@code evaluation_setting_change}: who, when, from what to what). Figures ask {@link #disclosure()} for
 * the rule with the current k.
 */
@Service
public class DisclosureSettings {

	/** The changes the settings page lists: the latest ones. */
	public static final int RECENT_CHANGES = 10;

	private final JdbcClient jdbc;

	private final Clock clock;

	DisclosureSettings(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Disclosure control with the hub's current minimum group size. */
	@Transactional(readOnly = true)
	public Disclosure disclosure() {
		return Disclosure.withMinimum(setting().minimum());
	}

	/** The saved setting with its version (for a form that saves it back). */
	@Transactional(readOnly = true)
	public Setting setting() {
		return jdbc.sql("select minimum_group, version, updated_at from evaluation_setting where id = 1")
			.query((rs, n) -> new Setting(rs.getInt(1), rs.getLong(2), instant(rs.getObject(3, OffsetDateTime.class))))
			.optional()
			.orElse(new Setting(Disclosure.DEFAULT_MINIMUM, 0, null));
	}

	/**
	 * Sets k, recording the change. Refused with {@link InvalidInput} on {@code minimum} when out of range
	 * ({@code evaluation.disclosure.minimum.range}) or when someone saved another value since {@code version} was
	 * read ({@code evaluation.disclosure.minimum.stale}); nothing is written then.
	 */
	@Transactional
	public void change(int minimum, long version, UUID actor) {
		if (minimum < Disclosure.LOWEST_MINIMUM || minimum > Disclosure.HIGHEST_MINIMUM) {
			throw new InvalidInput("minimum", "evaluation.disclosure.minimum.range");
		}
		Setting before = setting();
		OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
		int updated = jdbc.sql("""
				update evaluation_setting set minimum_group = :minimum, updated_by = :actor, updated_at = :now,
				version = version + 1 where id = 1 and version = :version""")
			.param("minimum", minimum)
			.param("actor", actor)
			.param("now", now)
			.param("version", version)
			.update();
		if (updated != 1) {
			throw new InvalidInput("minimum", "evaluation.disclosure.minimum.stale");
		}
		if (before.minimum() != minimum) {
			jdbc.sql("""
					insert into evaluation_setting_change (changed_at, changed_by, minimum_before, minimum_after)
					values (:now, :actor, :before, :after)""")
				.param("now", now)
				.param("actor", actor)
				.param("before", before.minimum())
				.param("after", minimum)
				.update();
		}
	}

	/** The latest changes, newest first (at most {@value #RECENT_CHANGES}, on the primary key). */
	@Transactional(readOnly = true)
	public List<Change> recentChanges() {
		return jdbc.sql("""
				select changed_at, changed_by, minimum_before, minimum_after from evaluation_setting_change
				order by id desc fetch first :limit rows only""")
			.param("limit", RECENT_CHANGES)
			.query((rs, n) -> new Change(rs.getObject(1, OffsetDateTime.class).toInstant(),
					rs.getObject(2, UUID.class), rs.getInt(3), rs.getInt(4)))
			.list();
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime at) {
		return at == null ? null : at.toInstant();
	}

	/** k as saved, the version to save it back from, and when it was last changed (never, for the default). */
	public record Setting(int minimum, long version, @Nullable Instant updatedAt) {
	}

	/** One change of k. */
	public record Change(Instant at, UUID by, int before, int after) {
	}

}
