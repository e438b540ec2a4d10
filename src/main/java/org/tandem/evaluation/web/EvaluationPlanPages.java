package org.tandem.evaluation.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.tandem.evaluation.Light;
import org.tandem.evaluation.PlanMode;
import org.tandem.evaluation.domain.EvaluationPlan;
import org.tandem.evaluation.domain.EvaluationPlans;
import org.tandem.evaluation.domain.PlanState;
import org.tandem.organization.Organizations;
import org.tandem.platform.InvalidInput;

/** What every plan page shows at its top, and the dates of the plan's forms. */
@Component
class EvaluationPlanPages {

	private final Organizations organizations;

	private final EvaluationOutcomeTitles titles;

	EvaluationPlanPages(Organizations organizations, EvaluationOutcomeTitles titles) {
		this.organizations = organizations;
		this.titles = titles;
	}

	/** Puts the plan's header on the page; gives its outcomes' rows. */
	List<EvaluationOutcomeTitles.Row> header(Model model, PlanState state, Locale locale) {
		EvaluationPlan plan = state.plan();
		List<EvaluationOutcomeTitles.Row> rows = titles.rows(state, locale);
		model.addAttribute("plan", plan);
		model.addAttribute("side", state.side());
		model.addAttribute("organizationName", organizations.name(plan.organizationId()).orElse(""));
		model.addAttribute("rows", rows);
		model.addAttribute("rounds", rounds(state));
		model.addAttribute("lights", Light.values());
		model.addAttribute("scale", List.of(1, 2, 3, 4, 5));
		return rows;
	}

	/** The rounds a plan's page offers: full, the three; light, those recorded and the next. */
	static List<RoundLink> rounds(PlanState state) {
		List<RoundLink> rounds = new ArrayList<>();
		int last = state.plan().light() ? Math.min(state.latestRound() + 1, EvaluationPlans.LIGHT_ROUNDS)
				: EvaluationPlans.FINAL;
		for (int round = 1; round <= last; round++) {
			rounds.add(new RoundLink(round, state.roundScored(round), EvaluationPlans.roundRefusal(state, round)));
		}
		return rounds;
	}

	/** A round the plan's page links to: whether it holds scores, and why it may not be recorded now (or null). */
	record RoundLink(int round, boolean scored, @Nullable String refusal) {
	}

	static EvaluationPlan.Dates dates(@Nullable String mode, @Nullable String midterm, @Nullable String finalDue,
			@Nullable String nextRound) {
		PlanMode parsed = null;
		if (mode != null) {
			try {
				parsed = PlanMode.valueOf(mode);
			}
			catch (IllegalArgumentException e) {
				throw new InvalidInput("mode", "evaluation.plan.mode.required");
			}
		}
		return new EvaluationPlan.Dates(parsed, date("midtermDueOn", midterm), date("finalDueOn", finalDue),
				date("nextRoundDueOn", nextRound));
	}

	private static @Nullable LocalDate date(String field, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInput(field, "evaluation.plan.date.invalid");
		}
	}

	/** The plan's form as typed: mode and dates. */
	static Map<String, String> typed(@Nullable String mode, @Nullable String midterm, @Nullable String finalDue,
			@Nullable String nextRound) {
		return Map.of("mode", mode == null ? "" : mode, "midtermDueOn", midterm == null ? "" : midterm,
				"finalDueOn", finalDue == null ? "" : finalDue, "nextRoundDueOn", nextRound == null ? "" : nextRound);
	}

	static Map<String, String> typed(EvaluationPlan plan) {
		return typed(plan.mode().name(), text(plan.midtermDueOn()), text(plan.finalDueOn()),
				text(plan.nextRoundDueOn()));
	}

	private static String text(@Nullable LocalDate date) {
		return date == null ? "" : date.toString();
	}

}
