package org.tandem.intake.domain;

import org.tandem.intake.RequestStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.intake.IntakeProperties;
import org.tandem.intake.persistence.LastActivity;
import org.tandem.privacy.RetentionService;

/**
 * The inactivity rule as people see it: an open request on which nobody acts for the period in force (administrators
 * set one for anonymous requests, a longer one for the others) is purged, and its requester is warned some days
 * before. A request whose contact is confirmed, closed or declined follows the other rules instead.
 */
@Service
public class Inactivity {

	/** The retention kind of anonymous open requests. */
	public static final String ANONYMOUS = "intake.inactive-anonymous";

	/** The retention kind of open requests that keep a record. */
	public static final String KEPT = "intake.inactive-kept";

	static final Duration ANONYMOUS_DEFAULT = Duration.ofDays(60);

	static final Duration KEPT_DEFAULT = Duration.ofDays(180);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

	private final RetentionService retention;

	private final LastActivity activity;

	private final IntakeProperties properties;

	private final Clock clock;

	private final Holders holders;

	Inactivity(RetentionService retention, LastActivity activity, IntakeProperties properties, Clock clock,
			Holders holders) {
		this.holders = holders;
		this.retention = retention;
		this.activity = activity;
		this.properties = properties;
		this.clock = clock;
	}

	/** The periods in force. */
	public Periods periods() {
		Duration anonymous = ANONYMOUS_DEFAULT;
		Duration kept = KEPT_DEFAULT;
		for (RetentionService.Setting setting : retention.settings()) {
			if (setting.kind().equals(ANONYMOUS)) {
				anonymous = setting.period();
			}
			else if (setting.kind().equals(KEPT)) {
				kept = setting.period();
			}
		}
		return new Periods(anonymous, kept, properties.inactivityWarning());
	}

	/**
	 * Whether the inactivity rule applies: to a request intake still works on, and to a handed-over one until its
	 * holder says contact is made.
	 */
	private boolean applies(UUID id, RequestStatus status) {
		return status.isOpen() || status == RequestStatus.HANDED_OVER && holders.settled(List.of(id)).isEmpty();
	}

	/** When an open request will be purged if nobody acts on it; empty for one the rule does not apply to. */
	@Transactional(readOnly = true)
	public Optional<Deadline> deadline(HelpRequest request) {
		if (!applies(request.id(), request.status())) {
			return Optional.empty();
		}
		Periods periods = periods();
		Instant now = clock.instant();
		return activity.of(request.id()).map(stamp -> periods.deadline(request.anonymous(), stamp, now));
	}

	/** Of these queue rows, those whose purge is near (within the warning): the day each will be purged. */
	@Transactional(readOnly = true)
	public Map<UUID, String> near(List<Triage.Row> rows) {
		java.util.Set<UUID> settled = holders.settled(rows.stream()
			.filter(row -> row.status() == RequestStatus.HANDED_OVER).map(Triage.Row::id).toList());
		List<Triage.Row> open = rows.stream()
			.filter(row -> row.status().isOpen() || row.status() == RequestStatus.HANDED_OVER && !settled.contains(row.id()))
			.toList();
		if (open.isEmpty()) {
			return Map.of();
		}
		Periods periods = periods();
		Instant now = clock.instant();
		Map<UUID, LastActivity.Stamp> stamps = activity.of(open.stream().map(Triage.Row::id).toList());
		Map<UUID, String> near = new HashMap<>();
		for (Triage.Row row : open) {
			LastActivity.Stamp stamp = stamps.get(row.id());
			if (stamp != null) {
				Deadline deadline = periods.deadline(row.anonymous(), stamp, now);
				if (deadline.near()) {
					near.put(row.id(), deadline.purgeDay());
				}
			}
		}
		return near;
	}

	/**
	 * The requester opened the status page: that is activity, so the period starts again. Returns the new deadline,
	 * and the one the visit put off when it was near, so the page can say both; empty for a request the rule does not
	 * apply to.
	 */
	@Transactional
	public Optional<Visit> visit(HelpRequest request) {
		Optional<LastActivity.Stamp> before = applies(request.id(), request.status()) ? activity.of(request.id())
				: Optional.empty();
		if (before.isEmpty()) {
			return Optional.empty();
		}
		Periods periods = periods();
		Instant now = clock.instant();
		Deadline previous = periods.deadline(request.anonymous(), before.get(), now);
		activity.touch(request.id(), now);
		Deadline next = periods.deadline(request.anonymous(), new LastActivity.Stamp(now, null), now);
		return Optional.of(new Visit(previous.near() ? previous : null, next));
	}

	/**
	 * The inactivity periods in force and how long before the end the requester is warned: the configured warning,
	 * but never more than half the period.
	 */
	public record Periods(Duration anonymous, Duration kept, Duration warning) {

		public Duration period(boolean anonymous) {
			return anonymous ? this.anonymous : kept;
		}

		public Duration warningBefore(boolean anonymous) {
			return warningWithin(period(anonymous), warning);
		}

		public long anonymousDays() {
			return anonymous.toDays();
		}

		public long keptDays() {
			return kept.toDays();
		}

		public long warningDays(boolean anonymous) {
			return warningBefore(anonymous).toDays();
		}

		/** The shorter of the two warnings, in days: what the request form can promise for both kinds. */
		public long noticeDays() {
			return Math.min(warningDays(true), warningDays(false));
		}

		/**
		 * The period after the last activity, or the time the warning announced when that is later (a period
		 * shortened after the warning, or a warning sent late, still gives the requester the warning's full time).
		 */
		Deadline deadline(boolean anonymous, LastActivity.Stamp stamp, Instant now) {
			Instant end = stamp.lastActivity().plus(period(anonymous));
			Instant announced = stamp.purgeAt();
			Instant purgeOn = announced != null && announced.isAfter(end) ? announced : end;
			boolean near = announced != null || !now.isBefore(end.minus(warningBefore(anonymous)));
			return new Deadline(stamp.lastActivity(), purgeOn, period(anonymous).toDays(), near);
		}

		static Duration warningWithin(Duration period, Duration warning) {
			Duration half = period.dividedBy(2);
			return warning.compareTo(half) > 0 ? half : warning;
		}

	}

	/**
	 * @param lastActivity when someone last acted on the request
	 * @param purgeOn when it is purged if nobody acts before
	 * @param days the period, in days
	 * @param near whether the warning time has come
	 */
	public record Deadline(Instant lastActivity, Instant purgeOn, long days, boolean near) {

		/** The day of the purge, in UTC and ISO order, for text (messages that hold markup cannot call beans). */
		public String purgeDay() {
			return day(purgeOn);
		}

		public String lastActivityDay() {
			return day(lastActivity);
		}

	}

	/** A day in UTC and ISO order, as {@code @dates.day} writes it. */
	public static String day(Instant instant) {
		return DAY.format(instant);
	}

	/**
	 * @param putOff the deadline the visit put off, when it was near; null otherwise
	 * @param next the deadline from now on
	 */
	public record Visit(@Nullable Deadline putOff, Deadline next) {
	}

}
