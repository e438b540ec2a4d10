package org.tandem.evaluation.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.evaluation.NoteTag;
import org.tandem.evaluation.OutcomeKind;
import org.tandem.evaluation.OutcomeSource;
import org.tandem.evaluation.PlanMode;
import org.tandem.evaluation.PlanSide;
import org.tandem.evaluation.framework.Framework;
import org.tandem.evaluation.framework.HubOutcome;
import org.tandem.evaluation.framework.HubOutcomes;
import org.tandem.evaluation.persistence.EvaluationNoteRepository;
import org.tandem.evaluation.persistence.EvaluationOutcomeRepository;
import org.tandem.evaluation.persistence.EvaluationPlanRepository;
import org.tandem.evaluation.persistence.EvaluationScoreRepository;
import org.tandem.platform.Cursors;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;

/**
 * Evaluation plans, always as one account, checked on every call: only the plan's participants ({@link PlanAccess})
 * see it, and both sides change it; anyone else gets "not found". Who did what is kept on every row (who made the
 * plan and changed it last, who added and reworded each outcome, who recorded each score, who wrote each note).
 *
 * <p>Rounds: full plans have round 1 (baseline), 2 (mid-term, optional) and 3 (final); light plans number their rounds
 * 1, 2, 3… A round after the first needs the baseline (full) or the round before (light). A round may be scored again
 * (each outcome's new score supersedes the one before, which stays in the history with who and when) until a later
 * round holds a score: then it is refused. The mode changes only while nothing is scored.
 */
@Service
public class EvaluationPlans {

	public static final int BASELINE = 1;

	public static final int MIDTERM = 2;

	public static final int FINAL = 3;

	/** The most rounds a light plan holds (ten years of a round every three months). */
	public static final int LIGHT_ROUNDS = 40;

	/** Notes a page shows at a time. */
	public static final int NOTES_PAGE = 20;

	private final EvaluationPlanRepository plans;

	private final EvaluationOutcomeRepository outcomes;

	private final EvaluationScoreRepository scores;

	private final EvaluationNoteRepository notes;

	private final PlanAccess access;

	private final Framework framework;

	private final HubOutcomes hubOutcomes;

	private final JdbcClient jdbc;

	private final Clock clock;

	EvaluationPlans(EvaluationPlanRepository plans, EvaluationOutcomeRepository outcomes, EvaluationScoreRepository scores, EvaluationNoteRepository notes,
			PlanAccess access, Framework framework, HubOutcomes hubOutcomes, JdbcClient jdbc, Clock clock) {
		this.plans = plans;
		this.outcomes = outcomes;
		this.scores = scores;
		this.notes = notes;
		this.access = access;
		this.framework = framework;
		this.hubOutcomes = hubOutcomes;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** An engagement's plan, if it has one, for one of its participants; not found for anyone else. */
	@Transactional(readOnly = true)
	public Optional<EvaluationPlan> ofEngagement(UUID engagementId, UUID accountId) {
		access.ofEngagement(engagementId, accountId).orElseThrow(NotFoundException::new);
		return plans.findByEngagementId(engagementId);
	}

	/** A cohort organization's plan, if it has one, for one of that pair's participants; not found for anyone else. */
	@Transactional(readOnly = true)
	public Optional<EvaluationPlan> ofCohort(UUID cohortId, UUID organizationId, UUID accountId) {
		access.ofCohort(cohortId, organizationId, accountId).orElseThrow(NotFoundException::new);
		return plans.findByCohortIdAndOrganizationId(cohortId, organizationId);
	}

	/** Makes the engagement's plan, as one of its participants (either side); refused when it has one. */
	@Transactional
	public EvaluationPlan makeForEngagement(UUID engagementId, UUID accountId, EvaluationPlan.Dates dates) {
		PlanAccess.Subject subject = access.ofEngagement(engagementId, accountId).orElseThrow(NotFoundException::new);
		if (plans.findByEngagementId(engagementId).isPresent()) {
			throw new InvalidInput("mode", "evaluation.plan.exists");
		}
		return save(EvaluationPlan.make(subject.organizationId(), engagementId, null, subject.providerId(), dates,
				accountId, clock.instant(), LocalDate.now(clock)));
	}

	/** Makes a cohort organization's plan, as one of that pair's participants; refused when it has one. */
	@Transactional
	public EvaluationPlan makeForCohort(UUID cohortId, UUID organizationId, UUID accountId,
			EvaluationPlan.Dates dates) {
		PlanAccess.Subject subject = access.ofCohort(cohortId, organizationId, accountId)
			.orElseThrow(NotFoundException::new);
		if (plans.findByCohortIdAndOrganizationId(cohortId, organizationId).isPresent()) {
			throw new InvalidInput("mode", "evaluation.plan.exists");
		}
		return save(EvaluationPlan.make(organizationId, null, cohortId, subject.providerId(), dates, accountId,
				clock.instant(), LocalDate.now(clock)));
	}

	private EvaluationPlan save(EvaluationPlan plan) {
		try {
			return plans.save(plan);
		}
		catch (DuplicateKeyException e) {
			throw new InvalidInput("mode", "evaluation.plan.exists");
		}
	}

	/** The plan and the side the account sees it from; not found for anyone who does not take part. */
	@Transactional(readOnly = true)
	public Seen get(UUID planId, UUID accountId) {
		EvaluationPlan plan = plans.findById(planId).orElseThrow(NotFoundException::new);
		return new Seen(plan, access.sideOf(plan, accountId).orElseThrow(NotFoundException::new));
	}

	/** Everything a plan's page shows: the plan, its outcomes, its current scores, its figures. */
	@Transactional(readOnly = true)
	public PlanState state(UUID planId, UUID accountId) {
		Seen seen = get(planId, accountId);
		List<PlanOutcome> held = outcomes.findByPlanIdOrderByPositionAscIdAsc(planId);
		List<Score> current = scores.findByPlanIdAndSupersededAtIsNullOrderByRoundAscRecordedAtAsc(planId);
		return new PlanState(seen.plan(), seen.side(), held, current);
	}

	/** A round's whole history, superseded scores too, oldest first. */
	@Transactional(readOnly = true)
	public List<Score> history(UUID planId, UUID accountId, int round) {
		get(planId, accountId);
		return scores.findByPlanIdAndRoundOrderByRecordedAtAsc(planId, round);
	}

	/** Changes the mode (only while nothing is scored) and the due dates, on a page that showed the plan as it is. */
	@Transactional
	public void change(UUID planId, UUID accountId, EvaluationPlan.Dates dates, long seenVersion) {
		EvaluationPlan plan = get(planId, accountId).plan();
		if (plan.version() != seenVersion) {
			throw new InvalidInput("mode", "evaluation.plan.stale");
		}
		if (dates.mode() != plan.mode()) {
			if (scores.existsByPlanId(planId)) {
				throw new InvalidInput("mode", "evaluation.plan.mode.scored");
			}
			if (outcomes.findByPlanIdOrderByPositionAscIdAsc(planId).size() > dates.mode().outcomeLimit()) {
				throw new InvalidInput("mode", "evaluation.plan.mode.tooManyOutcomes");
			}
		}
		plan.change(dates, accountId, clock.instant(), LocalDate.now(clock));
		plans.save(plan);
	}

	/** Adds one of the framework's outcomes, in its own words or (not blank) in words for this organization. */
	@Transactional
	public PlanOutcome addFromFramework(UUID planId, UUID accountId, String code, @Nullable String wording) {
		EvaluationPlan plan = get(planId, accountId).plan();
		Framework.FrameworkOutcome outcome = framework.outcome(code)
			.orElseThrow(() -> new InvalidInput("code", "evaluation.outcome.unknown"));
		List<PlanOutcome> held = room(plan);
		if (held.stream().anyMatch(o -> o.source() == OutcomeSource.FRAMEWORK && code.equals(o.code()))) {
			throw new InvalidInput("code", "evaluation.outcome.alreadyInPlan");
		}
		return outcomes.save(PlanOutcome.picked(plan, next(held), OutcomeSource.FRAMEWORK, code, outcome.objective(),
				outcome.kind(), wording, accountId, clock.instant()));
	}

	/** Adds one of the hub's current outcomes. */
	@Transactional
	public PlanOutcome addFromHub(UUID planId, UUID accountId, UUID hubOutcomeId, @Nullable String wording) {
		EvaluationPlan plan = get(planId, accountId).plan();
		HubOutcome outcome = hubOutcomes.get(hubOutcomeId)
			.filter(o -> !o.retired())
			.orElseThrow(() -> new InvalidInput("code", "evaluation.outcome.unknown"));
		List<PlanOutcome> held = room(plan);
		String code = outcome.id().toString();
		if (held.stream().anyMatch(o -> o.source() == OutcomeSource.HUB && code.equals(o.code()))) {
			throw new InvalidInput("code", "evaluation.outcome.alreadyInPlan");
		}
		return outcomes.save(PlanOutcome.picked(plan, next(held), OutcomeSource.HUB, code, outcome.objective(),
				outcome.kind(), wording, accountId, clock.instant()));
	}

	/** Adds an outcome written for this organization, with its SMART checklist. */
	@Transactional
	public PlanOutcome addCustom(UUID planId, UUID accountId, int objective, @Nullable OutcomeKind kind,
			@Nullable String wording, PlanOutcome.Smart smart) {
		EvaluationPlan plan = get(planId, accountId).plan();
		List<PlanOutcome> held = room(plan);
		return outcomes.save(PlanOutcome.custom(plan, next(held), objective, kind, wording, smart, accountId,
				clock.instant()));
	}

	/** Rewords an outcome for this organization (blank: back to its own words) on a page that showed it as it is. */
	@Transactional
	public void reword(UUID planId, UUID outcomeId, UUID accountId, @Nullable String wording,
			PlanOutcome.Smart smart, long seenVersion) {
		PlanOutcome outcome = outcomeOf(planId, outcomeId, accountId);
		if (outcome.version() != seenVersion) {
			throw new InvalidInput("wording", "evaluation.outcome.stale");
		}
		outcome.reword(wording, smart, accountId, clock.instant());
		outcomes.save(outcome);
	}

	/** Removes an outcome that was never scored; a scored one stays (its scores are the plan's history). */
	@Transactional
	public void remove(UUID planId, UUID outcomeId, UUID accountId) {
		PlanOutcome outcome = outcomeOf(planId, outcomeId, accountId);
		if (scores.existsByOutcomeId(outcomeId)) {
			throw new InvalidInput("outcome", "evaluation.outcome.scored");
		}
		outcomes.delete(outcome);
	}

	@Transactional(readOnly = true)
	public PlanOutcome outcomeOf(UUID planId, UUID outcomeId, UUID accountId) {
		get(planId, accountId);
		return outcomes.findById(outcomeId)
			.filter(o -> o.planId().equals(planId))
			.orElseThrow(NotFoundException::new);
	}

	/**
	 * Records a round's scores (full) or lights (light), for the outcomes given a value; the others stay as they are
	 * (a partial save). An outcome given the same value and text as it holds is left alone. Every entry is checked
	 * before anything is written: a bad one refuses the whole form ({@link RoundRefused}).
	 */
	@Transactional
	public int record(UUID planId, UUID accountId, int round, List<Entry> entries) {
		PlanState state = state(planId, accountId);
		EvaluationPlan plan = state.plan();
		checkRound(state, round);
		Map<UUID, PlanOutcome> held = new LinkedHashMap<>();
		state.outcomes().forEach(o -> held.put(o.id(), o));
		Map<UUID, String> problems = new LinkedHashMap<>();
		List<Entry> changed = new ArrayList<>();
		if (entries.size() > PlanMode.FULL.outcomeLimit()) {
			throw new InvalidInput("round", "evaluation.score.tooMany");
		}
		for (Entry entry : entries) {
			if (!held.containsKey(entry.outcomeId())) {
				throw new NotFoundException();
			}
			if (entry.score() == null) {
				if (entry.text() != null) {
					problems.put(entry.outcomeId(), "evaluation.score.value.required");
				}
				continue;
			}
			String problem = problem(plan, entry);
			if (problem != null) {
				problems.put(entry.outcomeId(), problem);
				continue;
			}
			Score now = state.current(entry.outcomeId(), round);
			if (now == null || now.score() != entry.score()
					|| !java.util.Objects.equals(now.justification(), entry.text())) {
				changed.add(entry);
			}
		}
		if (!problems.isEmpty()) {
			throw new RoundRefused(problems);
		}
		Instant now = clock.instant();
		for (Entry entry : changed) {
			jdbc.sql("""
					update evaluation_score set superseded_at = :now
					where plan_id = :plan and outcome_id = :outcome and round = :round and superseded_at is null""")
				.param("now", java.sql.Timestamp.from(now))
				.param("plan", planId)
				.param("outcome", entry.outcomeId())
				.param("round", round)
				.update();
			scores.save(Score.record(held.get(entry.outcomeId()), round, java.util.Objects.requireNonNull(entry.score()),
					entry.text(), accountId, now));
		}
		if (plan.light() && !changed.isEmpty() && round >= state.latestRound()) {
			plan.nextRoundDue(LocalDate.now(clock).plusMonths(3), accountId, now);
			plans.save(plan);
		}
		return changed.size();
	}

	private void checkRound(PlanState state, int round) {
		EvaluationPlan plan = state.plan();
		int last = plan.light() ? LIGHT_ROUNDS : FINAL;
		if (round < 1 || round > last) {
			throw new NotFoundException();
		}
		if (round > BASELINE && !state.roundScored(plan.light() ? round - 1 : BASELINE)) {
			throw new InvalidInput("round", plan.light() ? "evaluation.score.previousRoundFirst"
					: "evaluation.score.baselineFirst");
		}
		if (state.latestRound() > round) {
			throw new InvalidInput("round", "evaluation.score.laterRoundExists");
		}
	}

	/** Whether the round may be recorded now (as {@link #record} would accept it), and if not, why. */
	public static @Nullable String roundRefusal(PlanState state, int round) {
		EvaluationPlan plan = state.plan();
		if (round > BASELINE && !state.roundScored(plan.light() ? round - 1 : BASELINE)) {
			return plan.light() ? "evaluation.score.previousRoundFirst" : "evaluation.score.baselineFirst";
		}
		return state.latestRound() > round ? "evaluation.score.laterRoundExists" : null;
	}

	private static @Nullable String problem(EvaluationPlan plan, Entry entry) {
		int value = java.util.Objects.requireNonNull(entry.score());
		if (value < 1 || value > plan.mode().highest()) {
			return "evaluation.score.value.invalid";
		}
		if (entry.text() != null && entry.text().length() > Score.TEXT_LIMIT) {
			return "evaluation.score.text.tooLong";
		}
		if (!plan.light() && entry.text() == null) {
			return "evaluation.score.justification.required";
		}
		return null;
	}

	/** Writes a note (tag and text), as a participant. */
	@Transactional
	public PlanNote write(UUID planId, UUID accountId, @Nullable NoteTag tag, @Nullable String body) {
		EvaluationPlan plan = get(planId, accountId).plan();
		return notes.save(PlanNote.write(plan, tag, body, accountId, clock.instant()));
	}

	/** A plan's notes, newest first, {@link #NOTES_PAGE} at a time from a cursor (a bad one starts from the newest). */
	@Transactional(readOnly = true)
	public NotePage notes(UUID planId, UUID accountId, @Nullable String before) {
		get(planId, accountId);
		List<PlanNote> found = Cursors.decode(before == null ? "" : before, 2).map(parts -> {
			try {
				return notes.olderThan(planId, Instant.parse(parts.get(0)), UUID.fromString(parts.get(1)));
			}
			catch (java.time.format.DateTimeParseException | IllegalArgumentException e) {
				return null;
			}
		}).orElseGet(() -> notes.newest(planId));
		if (found.size() <= NOTES_PAGE) {
			return new NotePage(found, null);
		}
		List<PlanNote> page = found.subList(0, NOTES_PAGE);
		PlanNote last = page.get(NOTES_PAGE - 1);
		return new NotePage(List.copyOf(page), Cursors.encode(last.writtenAt().toString(), last.id().toString()));
	}

	/** How many notes a plan holds per tag (the tags are in the clear, to count). */
	@Transactional(readOnly = true)
	public Map<NoteTag, Long> noteCounts(UUID planId, UUID accountId) {
		get(planId, accountId);
		Map<NoteTag, Long> counts = new java.util.EnumMap<>(NoteTag.class);
		jdbc.sql("select tag, count(*) as n from evaluation_note where plan_id = :plan group by tag")
			.param("plan", planId)
			.query((rs, n) -> Map.entry(NoteTag.valueOf(rs.getString("tag")), rs.getLong("n")))
			.list()
			.forEach(e -> counts.put(e.getKey(), e.getValue()));
		return counts;
	}

	private List<PlanOutcome> room(EvaluationPlan plan) {
		List<PlanOutcome> held = outcomes.findByPlanIdOrderByPositionAscIdAsc(plan.id());
		if (held.size() >= plan.mode().outcomeLimit()) {
			throw new InvalidInput("code", plan.light() ? "evaluation.outcome.lightFull" : "evaluation.outcome.full");
		}
		return held;
	}

	private static int next(List<PlanOutcome> held) {
		return held.stream().mapToInt(PlanOutcome::position).max().orElse(0) + 1;
	}

	/** A plan and the side an account sees it from. */
	public record Seen(EvaluationPlan plan, PlanSide side) {
	}

	/** One outcome's value in a round: a score or light (null: left as it is) and its justification or comment. */
	public record Entry(UUID outcomeId, @Nullable Integer score, @Nullable String text) {

		public Entry {
			text = text == null || text.isBlank() ? null : text.strip();
		}

	}

	/** A page of notes, and the key of the page of older ones ({@code null} when there is none). */
	public record NotePage(List<PlanNote> notes, @Nullable String before) {
	}

}
