package org.tandem.intake.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

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
	public List<Request> awaitingMatch(int limit) {
		List<UUID> ids = jdbc.sql("""
				select id from help_request where status = 'ASSESSING' and assessed_at is not null
				order by submitted_at, id""").query(UUID.class).list();
		return requests.findAllById(ids.subList(0, Math.min(limit, ids.size())))
			.stream()
			.sorted(java.util.Comparator.comparing(HelpRequest::submittedAt).thenComparing(HelpRequest::id))
			.map(MatchingView::toRequest)
			.toList();
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
		Set<String> contacts = new HashSet<>();
		if (r.contactEmail() != null) {
			contacts.add("EMAIL");
		}
		if (r.contactSignal() != null) {
			contacts.add("SIGNAL");
		}
		if (r.contactPhone() != null) {
			contacts.add("PHONE");
		}
		if (r.openpgpKey() != null) {
			contacts.add("OPENPGP");
		}
		return new Request(r.id(), r.reference(), r.status(), r.anonymous(), r.language(), r.organizationName(),
				r.organizationKind() == null ? null : r.organizationKind().name(), r.country(), r.urgency().name(),
				r.timeframe().name(), r.approach().name(), assessment != null,
				assessment == null ? Set.of()
						: assessment.services().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()),
				assessment == null || assessment.languages().isEmpty() ? r.workLanguages() : assessment.languages(),
				contacts, r.submittedAt());
	}

}
