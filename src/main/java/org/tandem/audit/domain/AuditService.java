package org.tandem.audit.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.Accounts;
import org.tandem.audit.AuditSide;
import org.tandem.audit.AuditStatus;
import org.tandem.audit.persistence.AuditRepository;
import org.tandem.engagement.Side;
import org.tandem.engagement.Workspaces;
import org.tandem.organization.Organizations;
import org.tandem.platform.Cursors;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Role;

/**
 * Audits, always as one account. Who sees an audit: in an engagement, its participants (the organization's members on
 * the organization's side, its provider and staff on the auditor's side); on its own, the staff member who started it
 * (the auditor) and the organization's members. Anyone else, staff included, gets "not found", for the audit and for
 * everything in it. Only the auditor's side changes an audit; a closed audit changes no more.
 */
@Service
public class AuditService {

	/** Audits a list shows at a time. */
	public static final int PAGE_SIZE = 20;

	private final AuditRepository audits;

	private final Workspaces workspaces;

	private final Organizations organizations;

	private final Accounts accounts;

	private final AuditLists lists;

	private final Clock clock;

	AuditService(AuditRepository audits, Workspaces workspaces, Organizations organizations, Accounts accounts,
			AuditLists lists, Clock clock) {
		this.audits = audits;
		this.workspaces = workspaces;
		this.organizations = organizations;
		this.accounts = accounts;
		this.lists = lists;
		this.clock = clock;
	}

	/** Starts an audit of an engagement's organization, as its provider or one of its staff. */
	@Transactional
	public Audit startInEngagement(UUID engagementId, UUID accountId, Audit.Context context) {
		Workspaces.Seat seat = workspaces.seat(engagementId, accountId).orElseThrow(NotFoundException::new);
		if (seat.side() == Side.ORGANIZATION) {
			throw new InvalidInput("scope", "audit.auditorOnly");
		}
		if (seat.closed()) {
			throw new InvalidInput("scope", "audit.engagementClosed");
		}
		return audits.save(Audit.start(seat.organizationId(), engagementId, accountId, context, clock.instant()));
	}

	/** Starts an audit of an enrolled organization on its own, as a member of the hub's staff. */
	@Transactional
	public Audit startOnItsOwn(UUID organizationId, UUID accountId, Audit.Context context) {
		if (!isStaff(accountId)) {
			throw new NotFoundException();
		}
		if (!organizations.exists(organizationId)) {
			throw new InvalidInput("organization", "audit.organization.unknown");
		}
		return audits.save(Audit.start(organizationId, null, accountId, context, clock.instant()));
	}

	/** The audit and the side the account sees it from, if it may see it at all. */
	@Transactional(readOnly = true)
	public Seen get(UUID auditId, UUID accountId) {
		Audit audit = audits.findById(auditId).orElseThrow(NotFoundException::new);
		return new Seen(audit, sideOf(audit, accountId).orElseThrow(NotFoundException::new));
	}

	/** The audit, if the account may see it and is on the auditor's side; the organization's side is told why not. */
	@Transactional(readOnly = true)
	public Audit forAuditor(UUID auditId, UUID accountId) {
		Seen seen = get(auditId, accountId);
		if (seen.side() != AuditSide.AUDITOR) {
			throw new InvalidInput("audit", "audit.auditorOnly");
		}
		return seen.audit();
	}

	/** The audit, for a change by its auditor's side: refused once it is closed. */
	@Transactional(readOnly = true)
	public Audit forChange(UUID auditId, UUID accountId) {
		Audit audit = forAuditor(auditId, accountId);
		if (audit.closed()) {
			throw new InvalidInput("audit", "audit.closed");
		}
		return audit;
	}

	/** Restates the audit's context, if the page it was changed on showed the audit as it is. */
	@Transactional
	public void changeContext(UUID auditId, UUID accountId, Audit.Context context, long seenVersion) {
		Audit audit = forChange(auditId, accountId);
		if (audit.version() != seenVersion) {
			throw new InvalidInput("scope", "audit.stale");
		}
		audit.change(context, clock.instant());
		audits.save(audit);
	}

	/** Moves the audit to another status (any move but out of closed), on a page that showed it as it is. */
	@Transactional
	public void moveTo(UUID auditId, UUID accountId, AuditStatus to, long seenVersion) {
		Audit audit = forChange(auditId, accountId);
		if (audit.version() != seenVersion) {
			throw new InvalidInput("status", "audit.stale");
		}
		audit.moveTo(to, clock.instant());
		audits.save(audit);
	}

	/** Sets or clears the date the audit's recommendations are checked again. */
	@Transactional
	public void recheckOn(UUID auditId, UUID accountId, java.time.@Nullable LocalDate date, long seenVersion) {
		Audit audit = forAuditor(auditId, accountId);
		if (audit.version() != seenVersion) {
			throw new InvalidInput("recheckOn", "audit.stale");
		}
		if (date != null && date.isBefore(java.time.LocalDate.now(clock).minusYears(1))) {
			throw new InvalidInput("recheckOn", "audit.recheckOn.past");
		}
		audit.recheckOn(date, clock.instant());
		audits.save(audit);
	}

	/**
	 * Records that something in the audit changed (its activities, findings, recommendations, reports). Not a change
	 * of the audit itself: its version, which guards its context and status, stays, so a context page opened before
	 * a finding was written is not refused for it.
	 */
	@Transactional
	public void touched(UUID auditId) {
		lists.touched(auditId, clock.instant());
	}

	/**
	 * The audits the account sees (of its organizations, of its engagements, those it started), newest first,
	 * {@link #PAGE_SIZE} at a time from a cursor ({@code before}: the key the page before gave; a key that is not one
	 * of this list's starts from the newest).
	 */
	@Transactional(readOnly = true)
	public Page mine(UUID accountId, @Nullable String before) {
		return lists.page(accountId, organizations.ofMember(accountId), workspaces.of(accountId), null, before);
	}

	/** The audits of an engagement the account takes part in, newest first. */
	@Transactional(readOnly = true)
	public Page ofEngagement(UUID engagementId, UUID accountId, @Nullable String before) {
		Workspaces.Seat seat = workspaces.seat(engagementId, accountId).orElseThrow(NotFoundException::new);
		return lists.page(accountId, List.of(), List.of(seat.engagementId()), seat.engagementId(), before);
	}

	/** Whom the account sees the audit as, if it may see it. */
	public Optional<AuditSide> sideOf(Audit audit, UUID accountId) {
		UUID engagementId = audit.engagementId();
		if (engagementId != null) {
			return workspaces.seat(engagementId, accountId)
				.map(seat -> seat.side() == Side.ORGANIZATION ? AuditSide.ORGANIZATION : AuditSide.AUDITOR);
		}
		if (audit.startedBy().equals(accountId)) {
			return Optional.of(AuditSide.AUDITOR);
		}
		if (organizations.members(audit.organizationId()).contains(accountId)) {
			return Optional.of(AuditSide.ORGANIZATION);
		}
		return Optional.empty();
	}

	private boolean isStaff(UUID accountId) {
		Accounts.Person person = accounts.byIds(Set.of(accountId)).get(accountId);
		return person != null && (person.roles().contains(Role.STAFF) || person.roles().contains(Role.ADMIN));
	}

	/** An audit and the side an account sees it from. */
	public record Seen(Audit audit, AuditSide side) {
	}

	/** A page of audits, and the key of the page of older ones ({@code null} when there is none). */
	public record Page(List<Audit> audits, @Nullable String before) {
	}

	static String key(Instant createdAt, UUID id) {
		return Cursors.encode(createdAt.toString(), id.toString());
	}

	/** The key a page gave, or none when it is not one of this list's (the list then starts from the newest). */
	static @Nullable Key parse(@Nullable String key) {
		return Cursors.decode(key == null ? "" : key, 2).map(parts -> {
			try {
				return new Key(Instant.parse(parts.get(0)), UUID.fromString(parts.get(1)));
			}
			catch (java.time.format.DateTimeParseException | IllegalArgumentException e) {
				return null;
			}
		}).orElse(null);
	}

	record Key(Instant createdAt, UUID id) {
	}

	static List<UUID> bounded(Collection<UUID> ids) {
		return new ArrayList<>(ids).subList(0, Math.min(ids.size(), 500));
	}

}
