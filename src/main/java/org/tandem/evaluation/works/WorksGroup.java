package org.tandem.evaluation.works;

import java.util.Locale;

/**
 * A kind of work a plan's organization received: groups are kinds of work, never organizations. {@link #ALL} is
 * every evaluated organization, the reference beside each group. {@link #KNOWLEDGE_CHECK}: the
 * engagement had a training with a knowledge check (a survey of kind KNOWLEDGE). The plan item buckets count the engagement's plan
 * items not dropped: none done, fewer than half, half or more (not all), all.
 */
public enum WorksGroup {

	ALL, COHORT, INTRODUCTION, AUDIT, KNOWLEDGE_CHECK, ITEMS_NONE, ITEMS_SOME, ITEMS_MOST, ITEMS_ALL;

	/** The bucket of an engagement's plan items done out of those not dropped (null when it has none). */
	static WorksGroup items(int done, int live) {
		if (done == 0) {
			return ITEMS_NONE;
		}
		if (done >= live) {
			return ITEMS_ALL;
		}
		return 2 * done < live ? ITEMS_SOME : ITEMS_MOST;
	}

	public String messageKey() {
		return "evaluation.works.group." + name().toLowerCase(Locale.ROOT).replace("_", "");
	}

	public String slug() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
