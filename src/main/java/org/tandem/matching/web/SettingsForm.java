package org.tandem.matching.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;
import org.tandem.matching.engine.Component;
import org.tandem.matching.engine.Weights;

/**
 * The hub's matching settings as administrators edit them: a weight per component (by the component's name, as typed)
 * and the underserved regions.
 */
record SettingsForm(Map<String, String> weights, List<String> underserved) {

	public SettingsForm {
		weights = weights == null ? Map.of() : weights;
		underserved = underserved == null ? List.of() : underserved;
	}

	static SettingsForm of(Weights weights, Set<String> underserved) {
		Map<String, String> values = new LinkedHashMap<>();
		weights.values().forEach((c, w) -> values.put(c.name(), Integer.toString(w)));
		return new SettingsForm(values, new ArrayList<>(underserved));
	}

	/** The weights, or null with the errors recorded. */
	@Nullable Weights weights(Errors errors) {
		Map<Component, Integer> values = new EnumMap<>(Component.class);
		for (Component c : Component.values()) {
			String value = weights.getOrDefault(c.name(), "").strip();
			if (!value.matches("[0-9]{1,3}") || Integer.parseInt(value) > Weights.MAX) {
				errors.rejectValue("weights[" + c.name() + "]", "matching.settings.weight.range");
				continue;
			}
			values.put(c, Integer.parseInt(value));
		}
		if (errors.hasErrors()) {
			return null;
		}
		if (values.values().stream().allMatch(w -> w == 0)) {
			errors.reject("matching.settings.weight.allZero");
			return null;
		}
		return new Weights(values);
	}

	/** The underserved regions among the known ones. */
	Set<String> underserved(Set<String> known, Errors errors) {
		if (!known.containsAll(underserved)) {
			errors.rejectValue("underserved", "matching.settings.region.invalid");
		}
		return new TreeSet<>(underserved.stream().filter(known::contains).toList());
	}

}
