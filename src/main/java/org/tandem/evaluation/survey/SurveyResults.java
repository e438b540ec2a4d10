package org.tandem.evaluation.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A survey's results for staff and the API, read from the tally only (never from the answers) and passed through
 * disclosure control: with fewer than k counted respondents nothing but that is said; each cell under k is hidden;
 * shown counts are rounded. The recommendation is the share of promoters (9–10) minus detractors (0–6) in whole
 * percent, from the question's counts, shown only when the question counted at least k. No organization is named,
 * nothing is ranked: results are per survey and question, in the questions' order.
 */
@Service
public class SurveyResults {

	private final SurveyTally tally;

	SurveyResults(SurveyTally tally) {
		this.tally = tally;
	}

	/** The results of a survey the caller may see (checked by the caller), for one target kind or all. */
	@Transactional(readOnly = true)
	public Results of(Survey survey, @Nullable TargetKind kind, String language) {
		Map<Integer, Map<String, Integer>> cells = new HashMap<>();
		for (SurveyTally.Cell cell : tally.cells(survey.id(), kind)) {
			cells.computeIfAbsent(cell.questionNo(), n -> new HashMap<>()).put(cell.bucket(), cell.respondents());
		}
		int respondents = cells.getOrDefault(0, Map.of()).getOrDefault(SurveyTally.RESPONDENT, 0);
		OptionalInt shownRespondents = SurveyDisclosure.shown(respondents);
		List<QuestionResult> questions = new ArrayList<>();
		if (shownRespondents.isPresent()) {
			List<SurveyContent.Question> all = survey.content().questions();
			String shownIn = survey.content().shownIn(language);
			for (int i = 0; i < all.size(); i++) {
				questions.add(question(i + 1, all.get(i), cells.getOrDefault(i + 1, Map.of()), shownIn,
						survey.content().first()));
			}
		}
		return new Results(SurveyDisclosure.K, shownRespondents.isPresent() ? shownRespondents.getAsInt() : null,
				questions);
	}

	private static QuestionResult question(int number, SurveyContent.Question question, Map<String, Integer> counts,
			String language, String first) {
		List<Row> rows = new ArrayList<>();
		List<String> buckets = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		switch (question.type()) {
			case SINGLE_CHOICE -> {
				List<String> options = question.options(language, first);
				for (int o = 1; o <= options.size(); o++) {
					buckets.add("o" + o);
					labels.add(options.get(o - 1));
				}
			}
			case KNOWLEDGE -> {
				buckets.add("RIGHT");
				buckets.add("WRONG");
				labels.add("");
				labels.add("");
			}
			case TEXT -> {
			}
			default -> question.type().points().forEach(point -> {
				buckets.add(String.valueOf(point));
				labels.add("");
			});
		}
		if (question.type() != QuestionType.TEXT) {
			buckets.add("NONE");
			labels.add("");
		}
		int total = 0;
		for (int b = 0; b < buckets.size(); b++) {
			int count = counts.getOrDefault(buckets.get(b), 0);
			if (!buckets.get(b).equals("NONE")) {
				total += count;
			}
			OptionalInt shown = SurveyDisclosure.shown(count);
			rows.add(new Row(buckets.get(b), labels.get(b), shown.isPresent() ? shown.getAsInt() : null));
		}
		Integer promotersMinusDetractors = null;
		if (question.type() == QuestionType.RECOMMEND && total >= SurveyDisclosure.K) {
			int promoters = counts.getOrDefault("9", 0) + counts.getOrDefault("10", 0);
			int detractors = 0;
			for (int p = 0; p <= 6; p++) {
				detractors += counts.getOrDefault(String.valueOf(p), 0);
			}
			promotersMinusDetractors = Math.round(100f * (promoters - detractors) / total);
		}
		return new QuestionResult(number, question.type(), question.text(language, first), question.scale(), rows,
				promotersMinusDetractors);
	}

	/**
	 * @param k the smallest group shown
	 * @param respondents the counted respondents, rounded, or none when fewer than k
	 */
	public record Results(int k, @Nullable Integer respondents, List<QuestionResult> questions) {

		public boolean shown() {
			return respondents != null;
		}

	}

	/** One question's answers: a row per answer (a scale's point, an option, right or wrong, none). */
	public record QuestionResult(int number, QuestionType type, String text, @Nullable LikertScale scale,
			List<Row> rows, @Nullable Integer promotersMinusDetractors) {
	}

	/**
	 * One answer's count.
	 *
	 * @param bucket the point ("1"…), the option ("o1"…), RIGHT, WRONG or NONE
	 * @param label an option's text, else empty (the page names the bucket)
	 * @param count the rounded count, or none when fewer than k gave it
	 */
	public record Row(String bucket, String label, @Nullable Integer count) {
	}

}
