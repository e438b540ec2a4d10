package org.tandem.intake.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Objects;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.intake.Approach;
import org.tandem.intake.RequestStatus;
import org.tandem.intake.RequestProgress;
import org.tandem.intake.Requests;
import org.tandem.intake.persistence.LastActivity;
import org.tandem.intake.persistence.HelpRequestRepository;
import org.tandem.platform.JdbcLookups;

/** Intake's door ({@link Requests}): reads from the request aggregate and clear columns, commands through its services. */
@Component
class RequestsDoor implements Requests {

	private final HelpRequestRepository requests;

	private final IntakeService intake;

	private final RequesterService requesters;

	private final Casework casework;

	private final RequestConversation conversation;

	private final Holders holders;

	private final LastActivity activity;

	private final JdbcClient jdbc;

	private final Clock clock;

	RequestsDoor(HelpRequestRepository requests, IntakeService intake, RequesterService requesters, Casework casework,
			RequestConversation conversation, Holders holders, LastActivity activity, JdbcClient jdbc, Clock clock) {
		this.requests = requests;
		this.intake = intake;
		this.requesters = requesters;
		this.casework = casework;
		this.conversation = conversation;
		this.holders = holders;
		this.activity = activity;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<RequestSummary> find(UUID id) {
		return requests.findById(id).map(RequestsDoor::summary);
	}

	@Override
	@Transactional(readOnly = true)
	public List<RequestSummary> findAll(List<UUID> ids) {
		Map<UUID, RequestSummary> found = new HashMap<>();
		requests.findAllById(ids).forEach(r -> found.put(r.id(), summary(r)));
		return ids.stream().map(found::get).filter(Objects::nonNull).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<RequestSummary> awaitingMatch(@Nullable Approach approach, int limit) {
		List<UUID> ids = jdbc.sql("""
				select id from help_request where status = 'ASSESSING' and assessed_at is not null
				and (cast(:approach as varchar(20)) is null or approach = :approach)
				order by submitted_at, id""").param("approach", approach == null ? null : approach.name())
			.query(UUID.class).list();
		return findAll(ids.subList(0, Math.min(limit, ids.size())));
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, String> references(Collection<UUID> ids) {
		return JdbcLookups.textById(jdbc, "select id, reference from help_request where id in (:ids)", ids);
	}

	@Override
	public Optional<RequestProgress.Progress> progress(UUID id) {
		return holders.progress(id);
	}

	@Override
	public Map<UUID, UUID> heldSlots() {
		return holders.heldSlots();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Revealable> revealable(UUID id) {
		return requests.findById(id).map(RequestsDoor::revealable).orElse(List.of());
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> providerNote(UUID id) {
		return requests.findById(id)
			.map(HelpRequest::assessment)
			.map(HelpRequest.Assessment::context)
			.filter(note -> !note.isBlank());
	}

	@Override
	@Transactional(readOnly = true)
	public boolean hasProviderNote(UUID id) {
		return jdbc.sql("select count(*) from help_request where id = :id and assessment_context is not null")
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Countable> countable(UUID id) {
		return jdbc.sql("select approach, country, assessed_services, count_answers from help_request where id = :id")
			.param("id", id)
			.query((rs, n) -> {
				String services = rs.getString("assessed_services");
				return new Countable(Approach.valueOf(rs.getString("approach")), rs.getString("country"),
						services == null || services.isEmpty() ? Set.of() : Set.copyOf(List.of(services.split(","))),
						rs.getBoolean("count_answers"));
			})
			.optional();
	}

	@Override
	@Transactional
	public void acted(UUID id) {
		activity.touch(id, clock.instant());
	}

	@Override
	public void countAnswers(UUID id, boolean counted) {
		requesters.countAnswers(id, counted);
	}

	@Override
	public void handOver(UUID id, UUID actor) {
		if (intake.get(id).status() != RequestStatus.HANDED_OVER) {
			casework.move(id, RequestStatus.HANDED_OVER, actor);
		}
	}

	@Override
	public boolean handOverIfAssessing(UUID id, UUID actor) {
		if (intake.get(id).status() != RequestStatus.ASSESSING) {
			return false;
		}
		casework.move(id, RequestStatus.HANDED_OVER, actor);
		return true;
	}

	@Override
	public void backToAssessment(UUID id, @Nullable UUID actor) {
		if (intake.get(id).status() == RequestStatus.HANDED_OVER) {
			casework.move(id, RequestStatus.ASSESSING, actor);
		}
	}

	@Override
	public boolean purgeIfAnonymous(UUID id) {
		return casework.purgeHandedOver(id).isPresent();
	}

	@Override
	public void noticeToRequester(UUID id) {
		conversation.notice(id);
	}

	private static RequestSummary summary(HelpRequest r) {
		HelpRequest.Assessment assessment = r.assessment();
		return new RequestSummary(r.id(), r.reference(), r.status(), r.anonymous(), r.language(), r.organizationName(),
				r.organizationKind(), r.country(), r.urgency(), r.timeframe(), r.approach(), assessment != null,
				assessment == null ? Set.of()
						: assessment.services().stream().map(Enum::name).collect(Collectors.toSet()),
				assessment == null || assessment.languages().isEmpty() ? r.workLanguages() : assessment.languages(),
				r.contactKinds(), r.submittedAt());
	}

	private static List<Revealable> revealable(HelpRequest r) {
		List<Revealable> items = new ArrayList<>();
		// the method chosen on the form is named like its item (EMAIL, SIGNAL, PHONE; STATUS_PAGE names none)
		String chosen = r.contactMethod().name();
		add(items, Revealable.Kind.ORGANIZATION, r.organizationName(), chosen);
		add(items, Revealable.Kind.REGION, r.region(), chosen);
		add(items, Revealable.Kind.EMAIL, r.contactEmail(), chosen);
		add(items, Revealable.Kind.SIGNAL, r.contactSignal(), chosen);
		add(items, Revealable.Kind.PHONE, r.contactPhone(), chosen);
		add(items, Revealable.Kind.OPENPGP, r.openpgpKey(), chosen);
		return items;
	}

	private static void add(List<Revealable> items, Revealable.Kind kind, @Nullable String value, String chosen) {
		if (value != null && !value.isBlank()) {
			items.add(new Revealable(kind, value, kind.name().equals(chosen)));
		}
	}

}
