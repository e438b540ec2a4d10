package org.tandem.evaluation.survey;

import java.util.List;

/**
 * The kinds of question a survey may hold, with the answers each allows. The buckets are what the tally counts: a
 * point of a scale, an option's number, right or wrong; free text is never counted.
 */
public enum QuestionType {

	/** Self-reported change on five points, its two end labels from a shipped {@link LikertScale}. */
	LIKERT_CHANGE(1, 5),
	/** A score from 1 to 5. */
	SCALE(1, 5),
	/** "Would you recommend us", 0 to 10 (promoters 9–10, detractors 0–6). */
	RECOMMEND(0, 10),
	/** One of the options staff wrote. */
	SINGLE_CHOICE(0, 0),
	/** One of the options, of which one or more are right: scored. */
	KNOWLEDGE(0, 0),
	/** A free answer, sealed, never counted. */
	TEXT(0, 0);

	private final int low;

	private final int high;

	QuestionType(int low, int high) {
		this.low = low;
		this.high = high;
	}

	public boolean hasOptions() {
		return this == SINGLE_CHOICE || this == KNOWLEDGE;
	}

	public boolean isScale() {
		return high > 0;
	}

	public int low() {
		return low;
	}

	public int high() {
		return high;
	}

	/** The points of a scale, lowest first (empty for other types). */
	public List<Integer> points() {
		return isScale() ? java.util.stream.IntStream.rangeClosed(low, high).boxed().toList() : List.of();
	}

	public String messageKey() {
		return "evaluation.survey.type." + name();
	}

}
