package org.tandem.evaluation.survey;

/** The shipped five-point scales of self-reported change: their end labels are translated messages. */
public enum LikertScale {

	CONFIDENCE, KNOWLEDGE, ABILITY, PRACTICE;

	/** The label of a point, 1 to 5: the scale's own ends, the shared middle points. */
	public String pointKey(int point) {
		return switch (point) {
			case 1 -> "evaluation.survey.likert." + name() + ".low";
			case 5 -> "evaluation.survey.likert." + name() + ".high";
			default -> "evaluation.survey.likert.mid" + point;
		};
	}

	public String messageKey() {
		return "evaluation.survey.likert." + name();
	}

}
