package org.tandem.evaluation.survey;

import java.util.OptionalInt;

/**
 * Disclosure control for survey counts, until the evaluation module's shared rule is folded in: a cell counting fewer
 * than {@link #K} respondents is not shown ("fewer than 5"); a shown count is rounded to the nearest multiple of 5
 * (halves up), which never makes a shown cell 0 since it counts at least 5.
 */
final class SurveyDisclosure {

	static final int K = 5;

	private SurveyDisclosure() {
	}

	/** The count to show, or none when the cell is too small to be shown. */
	static OptionalInt shown(int count) {
		if (count < K) {
			return OptionalInt.empty();
		}
		return OptionalInt.of(((count + 2) / 5) * 5);
	}

}
