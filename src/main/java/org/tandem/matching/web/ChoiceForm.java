package org.tandem.matching.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.matching.domain.RequestMatching;

/**
 * The staff's choice on the request page: a place in the order of offers (1, 2, …) against each provider they pick,
 * and a reason for each excluded provider picked anyway. {@code current} is the choice the page showed
 * ({@link RequestMatching.View#choiceToken()}).
 */
record ChoiceForm(Map<String, String> order, Map<String, String> reason, String current) {

	public ChoiceForm {
		order = order == null ? Map.of() : order;
		reason = reason == null ? Map.of() : reason;
		current = current == null ? "" : current;
	}

	/** Nothing picked yet, on a page shown afresh. */
	static ChoiceForm empty() {
		return new ChoiceForm(Map.of(), Map.of(), "");
	}

	/** The picks in the order given, or null if an order is not a number from 1 to the most a choice may list. */
	@Nullable List<RequestMatching.Pick> picks() {
		record Numbered(int place, UUID provider) {
		}
		List<Numbered> numbered = new ArrayList<>();
		for (Map.Entry<String, String> e : order.entrySet()) {
			String value = e.getValue() == null ? "" : e.getValue().strip();
			if (value.isEmpty()) {
				continue;
			}
			if (!value.matches("[0-9]{1,2}") || Integer.parseInt(value) < 1
					|| Integer.parseInt(value) > RequestMatching.MAX_CHOSEN) {
				return null;
			}
			try {
				numbered.add(new Numbered(Integer.parseInt(value), UUID.fromString(e.getKey())));
			}
			catch (IllegalArgumentException notAnId) {
				return null;
			}
		}
		if (numbered.stream().map(Numbered::place).distinct().count() != numbered.size()) {
			return null;
		}
		return numbered.stream()
			.sorted(Comparator.comparingInt(Numbered::place))
			.map(n -> new RequestMatching.Pick(n.provider(), reason.get(n.provider().toString())))
			.toList();
	}

}
