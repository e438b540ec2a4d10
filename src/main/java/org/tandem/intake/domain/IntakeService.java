package org.tandem.intake.domain;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.Accounts;
import org.tandem.intake.persistence.HelpRequestRepository;
import org.tandem.intake.persistence.RequestMessageRepository;
import org.tandem.intake.persistence.Transitions;
import org.tandem.intake.persistence.TriageQueue;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.OverviewFigure;
import org.tandem.platform.Role;

/**
 * Requests for help as the hub's staff read them: the queue and its counts, one request with its messages, notes
 * and history, and the names of the staff involved. Staff reach every request, and nobody else reaches any. What
 * staff do is {@link Casework} and {@link RequestConversation}; what requesters do is {@link RequesterService}.
 */
@Service
public class IntakeService {

	private final HelpRequestRepository requests;

	private final RequestMessageRepository messages;

	private final Transitions transitions;

	private final TriageQueue queue;

	private final Accounts directory;

	private final Clock clock;

	IntakeService(HelpRequestRepository requests, RequestMessageRepository messages, Transitions transitions,
			TriageQueue queue, Accounts directory, Clock clock) {
		this.requests = requests;
		this.messages = messages;
		this.transitions = transitions;
		this.queue = queue;
		this.directory = directory;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	/** Whether the filter's cursor, if it has one, is one this queue made for its sort. */
	public boolean readable(Triage.Filter filter) {
		return TriageQueue.readable(filter);
	}

	public Triage.Page queue(Triage.Filter filter, UUID viewer) {
		return queue.search(filter, viewer, clock.instant());
	}

	/** The staff overview's figures about requests: bounded counts on indexes, nothing opened. */
	@Transactional(readOnly = true)
	public List<OverviewFigure> figures() {
		return queue.figures();
	}

	@Transactional(readOnly = true)
	public Triage.Counts counts() {
		return queue.counts();
	}

	@Transactional(readOnly = true)
	public HelpRequest get(UUID id) {
		return requests.findById(id).orElseThrow(NotFoundException::new);
	}

	@Transactional(readOnly = true)
	public StaffView staffView(UUID id) {
		HelpRequest request = get(id);
		List<RequestMessage> all = messages.findByRequestIdOrderBySentAt(id);
		List<Transitions.Transition> history = transitions.of(id);
		Set<UUID> people = new HashSet<>();
		all.forEach(m -> {
			if (m.authorId() != null) {
				people.add(m.authorId());
			}
		});
		history.forEach(t -> {
			if (t.actorId() != null) {
				people.add(t.actorId());
			}
		});
		if (request.assignedTo() != null) {
			people.add(request.assignedTo());
		}
		if (request.assessedBy() != null) {
			people.add(request.assessedBy());
		}
		return new StaffView(request, all, history, people(people));
	}

	/** The accounts with these ids, for showing names. */
	public Map<UUID, Accounts.Person> people(Collection<UUID> ids) {
		return ids.isEmpty() ? Map.of() : directory.byIds(ids);
	}

	/** Staff who can be given a request. */
	public List<Accounts.Person> staff() {
		return directory.activeWithRole(Role.STAFF);
	}

	public record StaffView(HelpRequest request, List<RequestMessage> messages, List<Transitions.Transition> history,
			Map<UUID, Accounts.Person> people) {

		public List<RequestMessage> conversation() {
			return messages.stream().filter(m -> m.kind() != RequestMessage.Kind.NOTE).toList();
		}

		public List<RequestMessage> notes() {
			return messages.stream().filter(m -> m.kind() == RequestMessage.Kind.NOTE).toList();
		}

		public String nameOf(@Nullable UUID accountId) {
			Accounts.Person person = accountId == null ? null : people.get(accountId);
			return person == null ? "" : person.displayName();
		}

	}

}
