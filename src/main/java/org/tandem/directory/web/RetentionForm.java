package org.tandem.directory.web;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.validation.Errors;
import org.tandem.directory.domain.RetentionPractice;

/** The data-retention checklist: for each kind of data, how long the provider keeps it. */
class RetentionForm {

	private Map<String, String> periods = new LinkedHashMap<>();

	void check(Errors errors, String prefix) {
		for (RetentionPractice.Item item : RetentionPractice.Item.values()) {
			String value = periods.get(item.name());
			if (value == null || value.isEmpty()) {
				errors.rejectValue(prefix + "periods", "directory.retention.incomplete");
				return;
			}
			try {
				RetentionPractice.Period.valueOf(value);
			}
			catch (IllegalArgumentException e) {
				errors.rejectValue(prefix + "periods", "directory.retention.incomplete");
				return;
			}
		}
		if (periods.size() > RetentionPractice.Item.values().length) {
			errors.rejectValue(prefix + "periods", "directory.retention.incomplete");
		}
	}

	RetentionPractice practice() {
		Map<RetentionPractice.Item, RetentionPractice.Period> map = new EnumMap<>(RetentionPractice.Item.class);
		for (RetentionPractice.Item item : RetentionPractice.Item.values()) {
			map.put(item, RetentionPractice.Period.valueOf(periods.get(item.name())));
		}
		return new RetentionPractice(map);
	}

	static RetentionForm of(RetentionPractice practice) {
		RetentionForm form = new RetentionForm();
		for (RetentionPractice.Item item : RetentionPractice.Item.values()) {
			form.periods.put(item.name(), practice.periodOf(item).name());
		}
		return form;
	}

	public Map<String, String> getPeriods() {
		return periods;
	}

	public void setPeriods(Map<String, String> periods) {
		this.periods = periods;
	}

}
