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

/** The hub's matching settings as administrators edit them: a weight per component and the underserved regions. */
public class SettingsForm {

	private Map<String, String> weights = new LinkedHashMap<>();

	private List<String> underserved = new ArrayList<>();

	static SettingsForm of(Weights weights, Set<String> underserved) {
		SettingsForm form = new SettingsForm();
		weights.values().forEach((c, w) -> form.weights.put(c.name(), Integer.toString(w)));
		form.underserved = new ArrayList<>(underserved);
		return form;
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

	public Map<String, String> getWeights() {
		return weights;
	}

	public void setWeights(Map<String, String> weights) {
		this.weights = weights;
	}

	public List<String> getUnderserved() {
		return underserved;
	}

	public void setUnderserved(List<String> underserved) {
		this.underserved = underserved;
	}

}
