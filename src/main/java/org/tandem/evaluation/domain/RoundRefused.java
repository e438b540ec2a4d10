package org.tandem.evaluation.domain;

import java.util.Map;
import java.util.UUID;

import org.tandem.platform.InvalidInput;

/**
 * A round's form that breaks a rule for one or more outcomes: nothing of it was written. {@link #problems()} gives
 * the message key for each outcome; the field of the first one is {@code outcome-<id>}.
 */
public class RoundRefused extends InvalidInput {

	private final Map<UUID, String> problems;

	RoundRefused(Map<UUID, String> problems) {
		super("outcome-" + problems.keySet().iterator().next(), problems.values().iterator().next());
		this.problems = Map.copyOf(problems);
	}

	public Map<UUID, String> problems() {
		return problems;
	}

}
