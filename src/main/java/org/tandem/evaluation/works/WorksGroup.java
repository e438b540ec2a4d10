package org.tandem.evaluation.works;

import java.util.Locale;

/**
 * A kind of work a plan's organization received: groups are kinds of work, never organizations. {@link #ALL} is
 * every evaluated organization, the reference beside each group. {@link #KNOWLEDGE_CHECK}: the
 * engagement had a training with a knowledge check (a survey of kind KNOWLEDGE). The plan item buckets count the
 * engagement's plan items not dropped: none done, fewer than half, half or more (not all), all. The {@code ACTED_}
 * groups are the audit recommendations carried out, by what they answered: the engagement's audit had an accepted
 * recommendation, resting on a finding of that category, whose plan item is done.
 */
public enum WorksGroup {

	ALL, COHORT, INTRODUCTION, AUDIT, KNOWLEDGE_CHECK, ITEMS_NONE, ITEMS_SOME, ITEMS_MOST, ITEMS_ALL, ACTED_PHYSICAL,
	ACTED_ORGANIZATIONAL, ACTED_ONLINE_ACCOUNTS, ACTED_WEBSITE, ACTED_DEVICES, ACTED_NETWORKS, ACTED_MESSAGING_APPS,
	ACTED_HARASSMENT, ACTED_DATA, ACTED_OTHER;

	/** The group of audit recommendations carried out about this category of finding. */
	static WorksGroup acted(org.tandem.audit.FindingCategory category) {
		return valueOf("ACTED_" + category.name());
	}

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
