package org.tandem.directory.domain;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a provider keeps about the organizations they help, and for how long: the checklist of the data-retention
 * agreement. It is compatible with the hub's policy when no kind of data is kept longer than the hub allows for it.
 */
public record RetentionPractice(Map<Item, Period> periods) {

	public RetentionPractice {
		periods = periods.isEmpty() ? new EnumMap<>(Item.class) : new EnumMap<>(periods);
	}

	/** Kinds of data a provider may keep, each with the longest period the hub's policy allows after the work ends. */
	public enum Item {

		CONTACT_DETAILS(Period.DAYS_90), CASE_NOTES(Period.YEAR), DEVICE_DATA(Period.DAYS_30), REPORTS(Period.YEAR),
		COMMUNICATIONS(Period.DAYS_90);

		private final Period longestAllowed;

		Item(Period longestAllowed) {
			this.longestAllowed = longestAllowed;
		}

		public Period longestAllowed() {
			return longestAllowed;
		}

		public String messageKey() {
			return "directory.retention.item." + name().toLowerCase(Locale.ROOT);
		}

	}

	/** How long after the engagement ends a kind of data is kept, shortest first. */
	public enum Period {

		NOT_KEPT, DURING_ENGAGEMENT, DAYS_30, DAYS_90, YEAR, LONGER;

		public String messageKey() {
			return "directory.retention.period." + name().toLowerCase(Locale.ROOT);
		}

	}

	/** Whether every item is answered. */
	public boolean complete() {
		return periods.keySet().containsAll(List.of(Item.values()));
	}

	/** The items kept longer than the hub allows; empty when the practice is compatible. */
	public List<Item> beyondPolicy() {
		return Arrays.stream(Item.values())
			.filter(item -> Optional.ofNullable(periods.get(item)).map(p -> p.compareTo(item.longestAllowed) > 0).orElse(false))
			.toList();
	}

	public boolean compatible() {
		return complete() && beyondPolicy().isEmpty();
	}

	public Period periodOf(Item item) {
		return periods.getOrDefault(item, Period.NOT_KEPT);
	}

	/** {@code ITEM=PERIOD,…} as stored. */
	public String encode() {
		return periods.entrySet().stream().map(e -> e.getKey().name() + "=" + e.getValue().name()).collect(Collectors.joining(","));
	}

	public static RetentionPractice decode(String stored) {
		Map<Item, Period> periods = new EnumMap<>(Item.class);
		for (String pair : stored.split(",")) {
			int eq = pair.indexOf('=');
			if (eq > 0) {
				periods.put(Item.valueOf(pair.substring(0, eq)), Period.valueOf(pair.substring(eq + 1)));
			}
		}
		return new RetentionPractice(periods);
	}

}
