package org.tandem.intake.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.intake.RequestStatus;
import org.tandem.intake.RequestsForMatching;
import org.tandem.intake.persistence.HelpRequestRepository;

/** Intake's side of {@link RequestsForMatching}. */
@Component
class MatchingView implements RequestsForMatching {

	private final HelpRequestRepository requests;

	private final IntakeService intake;

	private final JdbcClient jdbc;

	MatchingView(HelpRequestRepository requests, IntakeService intake, JdbcClient jdbc) {
		this.requests = requests;
		this.intake = intake;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Request> find(UUID id) {
		return requests.findById(id).map(MatchingView::toRequest);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Request> findAll(List<UUID> ids) {
		java.util.Map<UUID, Request> found = new java.util.HashMap<>();
		requests.findAllById(ids).forEach(r -> found.put(r.id(), toRequest(r)));
		return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Request> awaitingMatch(@Nullable String approach, int limit) {
		List<UUID> ids = jdbc.sql("""
				select id from help_request where status = 'ASSESSING' and assessed_at is not null
				and (cast(:approach as varchar(20)) is null or approach = :approach)
				order by submitted_at, id""").param("approach", approach).query(UUID.class).list();
		return findAll(ids.subList(0, Math.min(limit, ids.size())));
	}

	@Override
	public List<UUID> matchedIds() {
		return jdbc.sql("select id from help_request where status = 'MATCHED'").query(UUID.class).list();
	}

	@Override
	public boolean matchIfAssessing(UUID id, UUID actor) {
		if (intake.get(id).status() != RequestStatus.ASSESSING) {
			return false;
		}
		intake.move(id, RequestStatus.MATCHED, actor);
		return true;
	}

	@Override
	public void matched(UUID id, UUID actor) {
		HelpRequest request = intake.get(id);
		if (request.status() != RequestStatus.MATCHED) {
			intake.move(id, RequestStatus.MATCHED, actor);
		}
	}

	private static Request toRequest(HelpRequest r) {
		HelpRequest.Assessment assessment = r.assessment();
		Set<String> contacts = r.contactKinds();
		return new Request(r.id(), r.reference(), r.status(), r.anonymous(), r.language(), r.organizationName(),
				r.organizationKind() == null ? null : r.organizationKind().name(), r.country(), r.urgency().name(),
				r.timeframe().name(), r.approach().name(), assessment != null,
				assessment == null ? Set.of()
						: assessment.services().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()),
				assessment == null || assessment.languages().isEmpty() ? r.workLanguages() : assessment.languages(),
				contacts, r.submittedAt());
	}

}
