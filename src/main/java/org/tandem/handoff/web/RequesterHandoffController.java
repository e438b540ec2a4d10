package org.tandem.handoff.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.handoff.domain.Confirmations;
import org.tandem.handoff.domain.ContactRecords;
import org.tandem.handoff.domain.FollowUp;
import org.tandem.handoff.domain.FollowUps;
import org.tandem.handoff.domain.Handoff;
import org.tandem.handoff.domain.HandoffViews;
import org.tandem.handoff.domain.Introductions;
import org.tandem.intake.RequesterLinks;
import org.tandem.intake.Requests;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.Redirects;
import org.tandem.platform.NotFoundException;

/**
 * The organization's side, under its status link and without an account: choose what to reveal to the provider who
 * accepted (or not this provider), see the provider's contact details once introduced, say whether contact was made
 * (an anonymous organization's yes goes through a page that shows what to note first), say it is not in contact when
 * staff recorded it, answer follow-up surveys. Without the status cookie the status page asks for the code first; a link only ever
 * reaches its own request.
 */
@Controller
class RequesterHandoffController {

	private final HandoffViews views;

	private final Introductions introductions;

	private final Confirmations confirmations;

	private final FollowUps followUps;

	private final ContactRecords records;

	private final RequesterLinks links;

	RequesterHandoffController(HandoffViews views, Introductions introductions, Confirmations confirmations,
			FollowUps followUps, ContactRecords records, RequesterLinks links) {
		this.views = views;
		this.introductions = introductions;
		this.confirmations = confirmations;
		this.followUps = followUps;
		this.records = records;
		this.links = links;
	}

	@GetMapping("/request/status/{token}/introduction")
	String introduction(@PathVariable String token, HttpServletRequest request, Model model) {
		Optional<UUID> id = links.unlocked(token, request);
		if (id.isEmpty()) {
			return Redirects.to("/request/status/{token}", token);
		}
		return page(model, token, id.get(), new HandoffForms.IntroductionForm());
	}

	private String page(Model model, String token, UUID requestId, HandoffForms.IntroductionForm form) {
		HandoffViews.RequesterView view = views.requesterView(requestId).orElseThrow(NotFoundException::new);
		if (form.getReveal().isEmpty() && form.getChannel().isEmpty()) {
			// everything ticked at first: the organization unticks what it keeps back; the way to reach them is the
			// one they chose on the request form, or else the first one they gave
			view.revealable().forEach(item -> form.getReveal().add(item.kind().name()));
			List<Requests.Revealable> channels = view.revealable()
				.stream()
				.filter(item -> item.kind().isChannel())
				.toList();
			channels.stream()
				.filter(Requests.Revealable::preferred)
				.findFirst()
				.or(() -> channels.stream().findFirst())
				.ifPresent(item -> form.setChannel(item.kind().name()));
		}
		model.addAttribute("token", token);
		model.addAttribute("view", view);
		model.addAttribute("introductionForm", form);
		model.addAttribute("channels", Introductions.CHANNELS);
		model.addAttribute("profile", view.provider() == null ? null
				: views.providerProfile(view.provider().id()).orElse(null));
		return "handoff/requester-introduction";
	}

	@PostMapping("/request/status/{token}/introduction")
	String introduce(@PathVariable String token, @ModelAttribute("introductionForm") HandoffForms.IntroductionForm form,
			BindingResult binding, HttpServletRequest request, Model model, HttpServletResponse response) {
		Optional<UUID> id = links.unlocked(token, request);
		if (id.isEmpty()) {
			return Redirects.to("/request/status/{token}", token);
		}
		try {
			Introductions.Introduced result = introductions.introduce(id.get(), form.getReveal(), form.getChannel(),
					form.getMessage());
			return result == Introductions.Introduced.INTRODUCED
					? Redirects.to("/request/status/{token}/introduction?introduced", token)
					: Redirects.to("/request/status/{token}/introduction?providerGone", token);
		}
		catch (InvalidInput invalid) {
			HandoffForms.reject(binding, invalid);
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return page(model, token, id.get(), form);
	}

	@PostMapping("/request/status/{token}/introduction/decline")
	String notThisProvider(@PathVariable String token, HttpServletRequest request) {
		Optional<UUID> id = links.unlocked(token, request);
		if (id.isEmpty()) {
			return Redirects.to("/request/status/{token}", token);
		}
		try {
			introductions.notThisProvider(id.get());
		}
		catch (InvalidInput changed) {
			// answered meanwhile: the status page tells where things stand
		}
		return Redirects.to("/request/status/{token}", token);
	}

	@PostMapping("/request/status/{token}/contact")
	String contact(@PathVariable String token, @RequestParam(defaultValue = "") String reached,
			@RequestParam(defaultValue = "") String noted, HttpServletRequest request, Model model,
			HttpServletResponse response) {
		Optional<UUID> id = links.unlocked(token, request);
		if (id.isEmpty()) {
			return Redirects.to("/request/status/{token}", token);
		}
		try {
			if (!reached.equals("1") && !reached.equals("0")) {
				throw new InvalidInput("reached", "handoff.contact.answerRequired");
			}
			if (reached.equals("1") && !noted.equals("1")
					&& views.find(id.get()).filter(Handoff::anonymous).isPresent()) {
				// an anonymous organization's yes may destroy everything: it first sees what to note
				return Redirects.to("/request/status/{token}/contact/yes", token);
			}
			Confirmations.Confirmation result = confirmations.requesterAnswers(id.get(), reached.equals("1"));
			// after the purge the status link shows the receipt
			return result == Confirmations.Confirmation.PURGED ? Redirects.to("/request/status/{token}", token)
					: Redirects.to("/request/status/{token}/introduction?answered", token);
		}
		catch (InvalidInput invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("contactError", invalid.messageKey());
			return page(model, token, id.get(), new HandoffForms.IntroductionForm());
		}
	}

	/**
	 * Before the organization says yes: the provider's name and contact details with "note these now", since for an
	 * anonymous request they are gone from Tandem once contact is confirmed; then the final button.
	 */
	@GetMapping("/request/status/{token}/contact/yes")
	String beforeYes(@PathVariable String token, HttpServletRequest request, Model model) {
		Optional<UUID> id = links.unlocked(token, request);
		if (id.isEmpty()) {
			return Redirects.to("/request/status/{token}", token);
		}
		HandoffViews.RequesterView view = views.requesterView(id.get()).orElseThrow(NotFoundException::new);
		if (!view.asksAboutContact() && !view.recorded()) {
			return Redirects.to("/request/status/{token}/introduction", token);
		}
		model.addAttribute("token", token);
		model.addAttribute("view", view);
		return "handoff/requester-confirm";
	}

	/** The organization says it is not in contact although staff recorded it: the record is cancelled. */
	@PostMapping("/request/status/{token}/contact/not-in-contact")
	String notInContact(@PathVariable String token, HttpServletRequest request) {
		Optional<UUID> id = links.unlocked(token, request);
		if (id.isEmpty()) {
			return Redirects.to("/request/status/{token}", token);
		}
		try {
			records.notInContact(id.get());
			return Redirects.to("/request/status/{token}/introduction?notInContact", token);
		}
		catch (InvalidInput | OptimisticLockingFailureException changed) {
			// the grace period ended or the record changed meanwhile: the status page tells where things stand
			return Redirects.to("/request/status/{token}", token);
		}
	}

	@GetMapping("/request/status/{token}/follow-ups/{followUpId}")
	String followUp(@PathVariable String token, @PathVariable UUID followUpId, HttpServletRequest request,
			Model model) {
		Optional<UUID> id = links.unlocked(token, request);
		if (id.isEmpty()) {
			return Redirects.to("/request/status/{token}", token);
		}
		return survey(model, token, followUp(id.get(), followUpId),
				HandoffForms.SurveyForm.counted(followUps.organizationCounted(id.get())));
	}

	@PostMapping("/request/status/{token}/follow-ups/{followUpId}")
	String answer(@PathVariable String token, @PathVariable UUID followUpId,
			@ModelAttribute("surveyForm") HandoffForms.SurveyForm form, BindingResult binding,
			HttpServletRequest request, Model model, HttpServletResponse response) {
		Optional<UUID> id = links.unlocked(token, request);
		if (id.isEmpty()) {
			return Redirects.to("/request/status/{token}", token);
		}
		FollowUp followUp = followUp(id.get(), followUpId);
		if (!binding.hasErrors()) {
			try {
				followUps.requesterSurvey(id.get(), followUpId, form.survey());
				return Redirects.to("/request/status/{token}?surveyed", token);
			}
			catch (InvalidInput invalid) {
				HandoffForms.reject(binding, invalid);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return survey(model, token, followUp, form);
	}

	private FollowUp followUp(UUID requestId, UUID followUpId) {
		return views.requesterView(requestId)
			.flatMap(view -> view.openFollowUps().stream().filter(f -> f.id().equals(followUpId)).findFirst())
			.orElseThrow(NotFoundException::new);
	}

	private String survey(Model model, String token, FollowUp followUp, HandoffForms.SurveyForm form) {
		return HandoffForms.surveyPage(model, followUp, form, "/request/status/" + token + "/follow-ups/" + followUp.id(),
				"/request/status/" + token);
	}

}
