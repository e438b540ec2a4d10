package org.tandem.evaluation.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tandem.evaluation.OutcomeSource;
import org.tandem.evaluation.domain.PlanOutcome;
import org.tandem.evaluation.domain.PlanState;
import org.tandem.evaluation.domain.Score;
import org.tandem.evaluation.framework.HubOutcome;
import org.tandem.evaluation.framework.HubOutcomes;

/** The rows of a plan's outcomes as pages show them: titles in the reader's language, values by round. */
@Component
class EvaluationOutcomeTitles {

	private final MessageSource messages;

	private final HubOutcomes hubOutcomes;

	EvaluationOutcomeTitles(MessageSource messages, HubOutcomes hubOutcomes) {
		this.messages = messages;
		this.hubOutcomes = hubOutcomes;
	}

	List<Row> rows(PlanState state, Locale locale) {
		Map<String, HubOutcome> hub = new HashMap<>();
		hubOutcomes.all().forEach(h -> hub.put(h.id().toString(), h));
		return state.outcomes().stream().map(o -> {
			Map<Integer, Score> scores = new HashMap<>();
			state.scores().stream().filter(s -> s.outcomeId().equals(o.id())).forEach(s -> scores.put(s.round(), s));
			return new Row(o.id(), title(o, hub, locale), original(o, hub, locale), o.source() == OutcomeSource.FRAMEWORK ? o.code() : null,
					o.objective(), o.kind().messageKey(), o.source().messageKey(), o.source() == OutcomeSource.CUSTOM,
					o.wording() != null && o.source() != OutcomeSource.CUSTOM, o.wording(), o.smart(), o.version(),
					scores);
		}).toList();
	}

	private String title(PlanOutcome outcome, Map<String, HubOutcome> hub, Locale locale) {
		String wording = outcome.wording();
		return wording != null ? wording : original(outcome, hub, locale);
	}

	private String original(PlanOutcome outcome, Map<String, HubOutcome> hub, Locale locale) {
		return switch (outcome.source()) {
			case FRAMEWORK -> messages.getMessage("evaluation.framework.outcome." + outcome.code(), null, "", locale);
			case HUB -> {
				HubOutcome h = hub.get(outcome.code());
				yield h == null ? "" : h.wording(locale);
			}
			case CUSTOM -> "";
		};
	}

	/**
	 * An outcome as a page shows it: its title (the organization's words, else the framework's or the hub's), the
	 * original words, the framework's code, its objective, kind and source (message keys) and its current scores by
	 * round.
	 */
	record Row(UUID id, String title, String original, @Nullable String code, int objective, String kindKey,
			String sourceKey, boolean custom, boolean edited, @Nullable String wording, PlanOutcome.Smart smart,
			long version, Map<Integer, Score> scores) {

		public @Nullable Score score(int round) {
			return scores.get(round);
		}

	}

}
