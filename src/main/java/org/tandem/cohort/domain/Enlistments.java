package org.tandem.cohort.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.Accounts;
import org.tandem.account.InvitationAccepted;
import org.tandem.cohort.Cohorts;
import org.tandem.intake.CohortEnlistment;
import org.tandem.intake.Requests;
import org.tandem.organization.OrganizationKind;
import org.tandem.organization.Organizations;
import org.tandem.organization.SizeBand;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Role;

/**
 * Enlisting (ADR 0018): a request that asks for the six-month programme is enlisted, from the public form or by staff,
 * in a cohort recruiting (or whichever fits); staff then enrol its organization — the organization module enrols it
 * under keys of its own, it joins the cohort, and the person who will speak for it is invited by a one-time link
 * mailed to the address the request gave. When they accept, their new account becomes the organization's member.
 * A request for the programme is never anonymous (the form says why). Ids only are kept here.
 */
@Service
public class Enlistments implements CohortEnlistment {

	/** The most requests a cohort's page lists as waiting. */
	public static final int WAITING_LIMIT = 50;

	private final Cohorts cohorts;

	private final CohortService cohortService;

	private final Requests requests;

	private final Organizations organizations;

	private final Accounts accounts;

	private final JdbcClient jdbc;

	private final Clock clock;

	Enlistments(Cohorts cohorts, CohortService cohortService, Requests requests, Organizations organizations,
			Accounts accounts, JdbcClient jdbc, Clock clock) {
		this.cohorts = cohorts;
		this.cohortService = cohortService;
		this.requests = requests;
		this.organizations = organizations;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<CohortOption> open() {
		return cohorts.recruiting("")
			.stream()
			.limit(OPTIONS_LIMIT)
			.map(c -> new CohortOption(c.id(), c.name(), c.startsOn(), c.endsOn(),
					c.languages().stream().sorted().toList()))
			.toList();
	}

	@Override
	@Transactional
	public void enlist(UUID requestId, @Nullable UUID cohortId) {
		if (cohortId != null && open().stream().noneMatch(c -> c.id().equals(cohortId))) {
			throw new InvalidInput("cohort", "intake.form.cohort.closed");
		}
		Instant now = clock.instant();
		int changed = jdbc.sql("""
				update cohort_enlistment set cohort_id = :cohort, enlisted_at = :at
				where request_id = :request and organization_id is null""")
			.param("cohort", cohortId)
			.param("at", java.sql.Timestamp.from(now))
			.param("request", requestId)
			.update();
		if (changed == 0 && find(requestId).isEmpty()) {
			jdbc.sql("""
					insert into cohort_enlistment (request_id, cohort_id, enlisted_at)
					values (:request, :cohort, :at)""")
				.param("request", requestId)
				.param("cohort", cohortId)
				.param("at", java.sql.Timestamp.from(now))
				.update();
		}
		else if (changed == 0) {
			throw new InvalidInput("cohort", "cohort.enlisting.alreadyEnrolled");
		}
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Enlisted> enlisted(UUID requestId) {
		// one read: the enlistment with its cohort's name, when it asked for one
		return jdbc.sql("""
				select e.cohort_id, c.name from cohort_enlistment e left join cohort c on c.id = e.cohort_id
				where e.request_id = :request""")
			.param("request", requestId)
			.query((rs, n) -> new Enlisted(rs.getObject(1, UUID.class), rs.getString(2)))
			.optional();
	}

	/** One enlistment: ids and when. */
	public record Enlistment(UUID requestId, @Nullable UUID cohortId, Instant enlistedAt,
			@Nullable UUID organizationId, @Nullable UUID invitationId) {
	}

	private Optional<Enlistment> find(UUID requestId) {
		return jdbc.sql("""
				select request_id, cohort_id, enlisted_at, organization_id, invitation_id from cohort_enlistment
				where request_id = :request""")
			.param("request", requestId)
			.query(Enlistments::row)
			.optional();
	}

	private static Enlistment row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Enlistment(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getTimestamp(3).toInstant(),
				rs.getObject(4, UUID.class), rs.getObject(5, UUID.class));
	}

	/**
	 * Staff put an existing request into the programme: enlisted in this cohort (recruiting), unless it is anonymous
	 * or its organization was enrolled already.
	 */
	@Transactional
	public void enlistByStaff(UUID requestId, UUID cohortId) {
		Requests.RequestSummary request = requests.find(requestId).orElseThrow(NotFoundException::new);
		if (request.anonymous()) {
			throw new InvalidInput("cohort", "intake.form.cohort.notAnonymous");
		}
		enlist(requestId, cohortId);
	}

	/** A request waiting for a cohort: its reference, the cohort it asked for (null: whichever fits) and when. */
	public record Waiting(UUID requestId, String reference, boolean forThisCohort, Instant enlistedAt) {
	}

	/**
	 * The requests not yet enrolled that asked for this cohort or for whichever fits, oldest first, at most
	 * {@link #WAITING_LIMIT}: two index ranges, merged.
	 */
	@Transactional(readOnly = true)
	public List<Waiting> waiting(UUID cohortId) {
		List<Enlistment> asked = jdbc.sql("""
				select request_id, cohort_id, enlisted_at, organization_id, invitation_id from cohort_enlistment
				where organization_id is null and cohort_id = :cohort
				order by enlisted_at, request_id fetch first :limit rows only""")
			.param("cohort", cohortId)
			.param("limit", WAITING_LIMIT)
			.query(Enlistments::row)
			.list();
		List<Enlistment> any = jdbc.sql("""
				select request_id, cohort_id, enlisted_at, organization_id, invitation_id from cohort_enlistment
				where organization_id is null and cohort_id is null
				order by enlisted_at, request_id fetch first :limit rows only""")
			.param("limit", WAITING_LIMIT)
			.query(Enlistments::row)
			.list();
		List<Enlistment> both = java.util.stream.Stream.concat(asked.stream(), any.stream())
			.sorted(Comparator.comparing(Enlistment::enlistedAt).thenComparing(e -> e.requestId().toString()))
			.limit(WAITING_LIMIT)
			.toList();
		Map<UUID, String> references = requests.references(both.stream().map(Enlistment::requestId).toList());
		return both.stream()
			.filter(e -> references.containsKey(e.requestId()))
			.map(e -> new Waiting(e.requestId(), references.get(e.requestId()), e.cohortId() != null,
					e.enlistedAt()))
			.toList();
	}

	/** What staff see before enrolling: the request's facts and the address it gave, prefilled. */
	public record Proposal(UUID requestId, String reference, @Nullable String organizationName,
			@Nullable OrganizationKind kind, @Nullable String country, @Nullable String email, String language) {
	}

	/** The proposal for a waiting request of this cohort (or of whichever fits); 404 otherwise. */
	@Transactional(readOnly = true)
	public Proposal proposal(UUID cohortId, UUID requestId) {
		Enlistment enlistment = waitingFor(cohortId, requestId);
		Requests.RequestSummary request = requests.find(enlistment.requestId()).orElseThrow(NotFoundException::new);
		String email = requests.revealable(requestId)
			.stream()
			.filter(r -> r.kind() == Requests.Revealable.Kind.EMAIL)
			.map(Requests.Revealable::value)
			.findFirst()
			.orElse(null);
		return new Proposal(requestId, request.reference(), request.organizationName(), request.sector(),
				request.country(), email, request.language());
	}

	private Enlistment waitingFor(UUID cohortId, UUID requestId) {
		return find(requestId).filter(e -> e.organizationId() == null)
			.filter(e -> e.cohortId() == null || e.cohortId().equals(cohortId))
			.orElseThrow(NotFoundException::new);
	}

	/** What staff confirm to enrol an organization that asked to join. */
	public record Enrolment(String name, OrganizationKind kind, SizeBand sizeBand, @Nullable String country,
			String email, Locale locale) {
	}

	/**
	 * Staff enrol the request's organization in the cohort, in one transaction: the organization enrolled, added to
	 * the cohort (its capacity checked), the person invited by mail (the invitation's mail is queued for the
	 * organization, so its purge takes it back while unsent). Refused with {@link InvalidInput} and nothing written
	 * when the request is anonymous, a field is wrong or the cohort is full or not recruiting.
	 */
	@Transactional
	public UUID enrol(UUID cohortId, UUID requestId, Enrolment enrolment, UUID staffId) {
		Set<Role> staffRoles = accounts.byIds(List.of(staffId))
			.values()
			.stream()
			.findFirst()
			.map(Accounts.Person::roles)
			.orElseThrow(NotFoundException::new);
		waitingFor(cohortId, requestId);
		Requests.RequestSummary request = requests.find(requestId).orElseThrow(NotFoundException::new);
		if (request.anonymous()) {
			throw new InvalidInput("request", "intake.form.cohort.notAnonymous");
		}
		UUID organization = organizations.enrol(enrolment.name(), enrolment.kind(), enrolment.sizeBand(),
				enrolment.country());
		cohortService.addOrganization(cohortId, organization);
		UUID invitation = accounts.inviteByMail(staffId, staffRoles, enrolment.email(), Set.of(Role.ORG_MEMBER),
				enrolment.locale(), organization);
		jdbc.sql("""
				update cohort_enlistment set cohort_id = :cohort, organization_id = :organization,
				invitation_id = :invitation where request_id = :request""")
			.param("cohort", cohortId)
			.param("organization", organization)
			.param("invitation", invitation)
			.param("request", requestId)
			.update();
		return organization;
	}

	/**
	 * The person invited for an enrolled organization accepted: their new account speaks for it. Runs in the
	 * transaction that creates the account, so it never exists unlinked.
	 */
	@EventListener
	@Transactional
	public void on(InvitationAccepted accepted) {
		jdbc.sql("select organization_id from cohort_enlistment where invitation_id = :invitation")
			.param("invitation", accepted.invitationId())
			.query(UUID.class)
			.optional()
			.filter(organizations::exists)
			.ifPresent(organization -> organizations.addMember(organization, accepted.accountId()));
	}

}
