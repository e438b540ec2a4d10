package org.tandem.intake.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.intake.RequestStatus;
import org.tandem.intake.RequestsForHandoff;
import org.tandem.intake.RequestsForMatching;
import org.tandem.intake.persistence.HelpRequestRepository;
import org.tandem.platform.JdbcLookups;

/** Intake's side of {@link RequestsForHandoff}. */
@Component
class HandoffView implements RequestsForHandoff {

	private final HelpRequestRepository requests;

	private final IntakeService intake;

	private final RequestsForMatching matching;

	private final JdbcClient jdbc;

	HandoffView(HelpRequestRepository requests, IntakeService intake, RequestsForMatching matching, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.requests = requests;
		this.intake = intake;
		this.matching = matching;
	}

	@Override
	public Optional<RequestsForMatching.Request> find(UUID id) {
		return matching.find(id);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, String> references(Collection<UUID> ids) {
		return JdbcLookups.textById(jdbc, "select id, reference from help_request where id in (:ids)", ids);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Revealable> revealable(UUID id) {
		return requests.findById(id).map(HandoffView::revealable).orElse(List.of());
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

	private static List<Revealable> revealable(HelpRequest r) {
		List<Revealable> items = new ArrayList<>();
		// the method chosen on the form is named like its item (EMAIL, SIGNAL, PHONE; STATUS_PAGE names none)
		String chosen = r.contactMethod().name();
		add(items, "ORGANIZATION", r.organizationName(), chosen);
		add(items, "REGION", r.region(), chosen);
		add(items, "EMAIL", r.contactEmail(), chosen);
		add(items, "SIGNAL", r.contactSignal(), chosen);
		add(items, "PHONE", r.contactPhone(), chosen);
		add(items, "OPENPGP", r.openpgpKey(), chosen);
		return items;
	}

	private static void add(List<Revealable> items, String kind, @Nullable String value, String chosen) {
		if (value != null && !value.isBlank()) {
			items.add(new Revealable(kind, value, kind.equals(chosen)));
		}
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Countable> countable(UUID id) {
		return jdbc.sql("select approach, country, assessed_services, count_answers from help_request where id = :id")
			.param("id", id)
			.query((rs, n) -> {
				String services = rs.getString("assessed_services");
				return new Countable(rs.getString("approach"), rs.getString("country"),
						services == null || services.isEmpty() ? Set.of() : Set.copyOf(List.of(services.split(","))),
						rs.getBoolean("count_answers"));
			})
			.optional();
	}

	@Override
	public void countAnswers(UUID id, boolean counted) {
		intake.countAnswers(id, counted);
	}

	@Override
	public void introduced(UUID id) {
		if (intake.get(id).status() == RequestStatus.MATCHED) {
			intake.move(id, RequestStatus.INTRODUCED, null);
		}
	}

	@Override
	public void contactConfirmed(UUID id, @Nullable UUID actor) {
		intake.confirmContact(id, actor);
	}

	@Override
	public boolean purgeIfAnonymous(UUID id) {
		return intake.purgeConfirmed(id).isPresent();
	}

	@Override
	public void close(UUID id, @Nullable UUID actor) {
		if (intake.get(id).status() != RequestStatus.CLOSED) {
			intake.move(id, RequestStatus.CLOSED, actor);
		}
	}

	@Override
	public void backToAssessment(UUID id, @Nullable UUID actor) {
		RequestStatus status = intake.get(id).status();
		if (status == RequestStatus.MATCHED || status == RequestStatus.INTRODUCED) {
			intake.move(id, RequestStatus.ASSESSING, actor);
		}
	}

	@Override
	public void noticeToRequester(UUID id) {
		intake.notice(id);
	}

}
