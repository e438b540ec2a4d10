package org.tandem.matching.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.directory.Providers;
import org.tandem.matching.domain.MatchNeeds;
import org.tandem.matching.domain.Matchmaker;
import org.tandem.matching.domain.RequestMatching;
import org.tandem.matching.engine.Channel;
import org.tandem.matching.engine.Fee;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.TandemPrincipal;
import org.tandem.platform.TimeZones;
import org.tandem.platform.WorkingLanguages;

/**
 * A request's matching page, for hub staff: the needs profile, the explained candidates, the excluded providers and
 * why, and the choice of providers to offer the request to.
 */
@Controller
class RequestMatchingController {

	private final RequestMatching matching;

	private final Providers providers;

	private final Matchmaker matchmaker;

	RequestMatchingController(RequestMatching matching, Providers providers, Matchmaker matchmaker) {
		this.matching = matching;
		this.providers = providers;
		this.matchmaker = matchmaker;
	}

	@GetMapping("/staff/requests/{id}/matching")
	String page(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean excluded,
			@RequestParam(defaultValue = "false") boolean more, Model model) {
		RequestMatching.View view = matching.view(id, more ? MORE_CANDIDATES : RequestMatching.CANDIDATES);
		return render(model, view, needsForm(view), ChoiceForm.empty(), excluded, null, Map.of());
	}

	/** How many candidates the page lists when staff ask for more. */
	static final int MORE_CANDIDATES = 100;

	@PostMapping("/staff/requests/{id}/matching/needs")
	String saveNeeds(TandemPrincipal principal, @PathVariable UUID id, @ModelAttribute("needsForm") NeedsForm form,
			BindingResult binding, Model model) {
		MatchNeeds.Profile profile = form.profile(binding, providers.serviceCodes(), providers.communityCodes(),
				matchmaker.today(), reference -> providers.idOf(reference).orElse(null));
		if (profile != null) {
			try {
				matching.saveProfile(id, profile, form.getVersion(), principal.accountId());
				return "redirect:/staff/requests/" + id + "/matching?saved#candidates";
			}
			catch (InvalidInput invalid) {
				binding.reject(invalid.messageKey());
			}
			catch (RuntimeException e) {
				if (!Conflicts.isConflict(e)) {
					throw e;
				}
				binding.reject("matching.needs.stale");
			}
		}
		return render(model, matching.view(id), form, ChoiceForm.empty(), false, null, Map.of());
	}

	/** A staff choice; the page built here serves the choice and, when it is refused, the page shown again. */
	@PostMapping("/staff/requests/{id}/matching/choice")
	String choose(TandemPrincipal principal, @PathVariable UUID id, @ModelAttribute("choiceForm") ChoiceForm form,
			Model model) {
		RequestMatching.View view = matching.view(id);
		List<RequestMatching.Pick> picks = form.picks();
		if (picks == null) {
			return render(model, view, needsForm(view), form, true, "matching.choose.order", Map.of());
		}
		try {
			matching.choose(view, form.current(), picks, principal.accountId());
			return "redirect:/staff/requests/" + id + "/matching?chosen#choice";
		}
		catch (InvalidInput invalid) {
			if (invalid.field().startsWith("reason-")) {
				Map<String, String> reasonErrors = new HashMap<>();
				reasonErrors.put(invalid.field().substring("reason-".length()), invalid.messageKey());
				return render(model, view, needsForm(view), form, true, "matching.choose.fix", reasonErrors);
			}
			return render(model, view, needsForm(view), form, true, invalid.messageKey(), Map.of());
		}
		catch (RuntimeException e) {
			if (!Conflicts.isConflict(e)) {
				throw e;
			}
			RequestMatching.View now = matching.reload(view);
			return render(model, now, needsForm(now), form, true, "matching.choose.stale", Map.of());
		}
	}

	private NeedsForm needsForm(RequestMatching.View view) {
		Map<UUID, String> references = new HashMap<>();
		view.pool().providers().forEach(p -> references.put(p.id(), p.reference()));
		NeedsForm form = NeedsForm.of(view.profile(), pid -> references.computeIfAbsent(pid,
				missing -> providers.referenceOf(missing).orElse(missing.toString())),
				view.saved() == null ? -1 : view.saved().version());
		if (form.getTimeZone().isEmpty()) {
			// nothing said yet: the zone of the organization's country is the likely one
			String suggested = TimeZones.suggested(view.request().country());
			form.setTimeZone(suggested);
		}
		return form;
	}

	private String render(Model model, RequestMatching.View view, NeedsForm needsForm, ChoiceForm choiceForm,
			boolean showExcluded, @Nullable String choiceError, Map<String, String> reasonErrors) {
		model.addAttribute("view", view);
		model.addAttribute("request", view.request());
		model.addAttribute("needsForm", needsForm);
		model.addAttribute("choiceForm", choiceForm);
		model.addAttribute("showExcluded", showExcluded || !reasonErrors.isEmpty());
		List<org.tandem.matching.engine.Exclusion> exclusions = view.exclusions();
		model.addAttribute("exclusions", exclusions);
		model.addAttribute("canChoose", view.canChoose(exclusions));
		model.addAttribute("onlyBlockedBy", view.onlyBlockedBy(exclusions));
		model.addAttribute("choiceError", choiceError);
		model.addAttribute("reasonErrors", reasonErrors);
		Map<UUID, String> names = new HashMap<>();
		view.pool().providers().forEach(p -> names.put(p.id(), p.name() + " (" + p.reference() + ")"));
		view.choices().forEach(c -> names.computeIfAbsent(c.providerId(), pid -> providers.candidate(pid)
			.map(p -> p.name() + " (" + p.reference() + ")")
			.orElse("—")));
		model.addAttribute("names", names);
		model.addAttribute("serviceCodes", providers.serviceCodes());
		model.addAttribute("communityCodes", providers.communityCodes());
		model.addAttribute("languageCodes", WorkingLanguages.CODES);
		model.addAttribute("timeZones", TimeZones.options(LocaleContextHolder.getLocale(), view.request().country()));
		model.addAttribute("fees", Fee.values());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("maxChosen", RequestMatching.MAX_CHOSEN);
		return "matching/request";
	}

}
