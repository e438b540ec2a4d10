package org.tandem.matching.web;

import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.tandem.matching.domain.RequestMatching;
import org.tandem.matching.engine.Component;
import org.tandem.matching.engine.Weights;
import org.tandem.matching.persistence.HubSettings;
import org.tandem.platform.Regions;
import org.tandem.platform.TandemPrincipal;

/**
 * The hub's matching settings, for administrators: the weight of each part of the score and the regions marked as
 * underserved, with a preview of how the first requests awaiting a match would rank. Without JavaScript the preview
 * button shows it; with it, the preview follows each change.
 */
@Controller
class SettingsController {

	private final HubSettings settings;

	private final RequestMatching matching;

	private final Regions regions;

	private final Clock clock;

	SettingsController(HubSettings settings, RequestMatching matching, Regions regions, Clock clock) {
		this.settings = settings;
		this.matching = matching;
		this.regions = regions;
		this.clock = clock;
	}

	@GetMapping("/admin/matching")
	String page(Model model) {
		Weights weights = settings.weights();
		Set<String> underserved = settings.underservedRegions();
		return render(model, SettingsForm.of(weights, underserved), weights, underserved, false);
	}

	@PostMapping("/admin/matching/preview")
	String preview(@ModelAttribute("settingsForm") SettingsForm form, BindingResult binding, Model model,
			@RequestHeader(name = "X-Preview", defaultValue = "") String fragment) {
		Weights weights = form.weights(binding);
		Set<String> underserved = form.underserved(knownRegions(), binding);
		String page = render(model, form, weights == null ? settings.weights() : weights, underserved, true);
		return fragment.equals("only") ? "matching/settings :: preview" : page;
	}

	@PostMapping("/admin/matching")
	String save(TandemPrincipal principal, @ModelAttribute("settingsForm") SettingsForm form, BindingResult binding,
			Model model) {
		Weights weights = form.weights(binding);
		Set<String> underserved = form.underserved(knownRegions(), binding);
		if (weights == null || binding.hasErrors()) {
			return render(model, form, settings.weights(), settings.underservedRegions(), false);
		}
		try {
			settings.save(weights, underserved, principal.accountId(), clock.instant());
		}
		catch (RuntimeException e) {
			if (!Conflicts.isConflict(e)) {
				throw e;
			}
			binding.reject("matching.settings.stale");
			return render(model, form, settings.weights(), settings.underservedRegions(), false);
		}
		return "redirect:/admin/matching?saved";
	}

	private Set<String> knownRegions() {
		return regions.all().stream().map(Regions.Region::key).collect(Collectors.toSet());
	}

	private String render(Model model, SettingsForm form, Weights previewWeights, Set<String> previewUnderserved,
			boolean previewing) {
		model.addAttribute("settingsForm", form);
		model.addAttribute("components", Component.values());
		model.addAttribute("regions", regions.all());
		model.addAttribute("previewing", previewing);
		model.addAttribute("savedAt", settings.weightsSavedAt());
		model.addAttribute("preview", matching.preview(previewWeights, previewUnderserved, RequestMatching.PREVIEW_REQUESTS));
		return "matching/settings";
	}

}
