package org.tandem.evaluation.framework;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.Accounts;
import org.tandem.evaluation.OutcomeKind;
import org.tandem.evaluation.persistence.HubOutcomeRepository;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Role;

/**
 * The hub's own outcomes: administrators add them, retire them (plans no longer offer them) or take them back, and
 * remove one no plan holds. Everyone signed in reads them beside the framework's.
 */
@Service
public class HubOutcomes {

	/** The most outcomes a hub keeps. */
	public static final int LIMIT = 200;

	private final HubOutcomeRepository outcomes;

	private final Accounts accounts;

	private final JdbcClient jdbc;

	private final Clock clock;

	HubOutcomes(HubOutcomeRepository outcomes, Accounts accounts, JdbcClient jdbc, Clock clock) {
		this.outcomes = outcomes;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Every hub outcome, retired ones too, by objective. */
	@Transactional(readOnly = true)
	public List<HubOutcome> all() {
		return outcomes.findTop200ByOrderByObjectiveAscCreatedAtAscIdAsc();
	}

	/** The hub outcomes a plan may pick. */
	@Transactional(readOnly = true)
	public List<HubOutcome> current() {
		return all().stream().filter(o -> !o.retired()).toList();
	}

	@Transactional(readOnly = true)
	public Optional<HubOutcome> get(UUID id) {
		return outcomes.findById(id);
	}

	@Transactional
	public HubOutcome add(UUID adminId, int objective, @Nullable OutcomeKind kind, Map<String, String> wording) {
		requireAdmin(adminId);
		if (outcomes.count() >= LIMIT) {
			throw new InvalidInput("wordingEn", "evaluation.outcome.hub.full");
		}
		return outcomes.save(HubOutcome.add(objective, kind, wording, adminId, clock.instant()));
	}

	@Transactional
	public void retire(UUID adminId, UUID id, boolean retire) {
		requireAdmin(adminId);
		HubOutcome outcome = outcomes.findById(id).orElseThrow(NotFoundException::new);
		outcome.retire(retire, clock.instant());
		outcomes.save(outcome);
	}

	/** Removes an outcome no plan holds; one in use can only be retired. */
	@Transactional
	public void remove(UUID adminId, UUID id) {
		requireAdmin(adminId);
		HubOutcome outcome = outcomes.findById(id).orElseThrow(NotFoundException::new);
		if (inUse(outcome.id())) {
			throw new InvalidInput("outcome", "evaluation.outcome.hub.inUse");
		}
		outcomes.delete(outcome);
	}

	/** Whether a plan holds the outcome. */
	@Transactional(readOnly = true)
	public boolean inUse(UUID id) {
		return jdbc.sql("select count(*) from evaluation_outcome where source = 'HUB' and code = :code")
			.param("code", id.toString())
			.query(Long.class)
			.single() > 0;
	}

	private void requireAdmin(UUID accountId) {
		Accounts.Person person = accounts.byIds(Set.of(accountId)).get(accountId);
		if (person == null || !person.roles().contains(Role.ADMIN)) {
			throw new NotFoundException();
		}
	}

}
