package org.tandem.intake.web;

import java.time.Duration;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.intake.IntakeProperties;
import org.tandem.intake.Approach;
import org.tandem.intake.domain.ContactMethod;
import org.tandem.intake.domain.Inactivity;
import org.tandem.intake.domain.RequestConversation;
import org.tandem.intake.domain.RequesterService;
import org.tandem.intake.domain.Problem;
import org.tandem.intake.domain.StatusLinks;
import org.tandem.intake.Timeframe;
import org.tandem.intake.Urgency;
import org.tandem.organization.OrganizationKind;
import org.tandem.organization.SizeBand;
import org.tandem.platform.AbsoluteLinks;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.RateLimit;
import org.tandem.platform.RateLimits;
import org.tandem.platform.RecentNonces;
import org.tandem.platform.Redirects;
import org.tandem.platform.RequesterKey;
import org.tandem.privacy.RetentionService;
import org.tandem.platform.ShowsSecret;

/**
 * The public side of intake, for anyone, without an account and without JavaScript: the request form, the page
 * that shows the link and code once, and the status page behind them. A link that does not exist, a purged link
 * whose digests are gone and a wrong code all get the same neutral page.
 */
@Controller
class RequesterController {

	private static final String UNKNOWN = "unknown";

	private final RequesterService requesters;

	private final RequestConversation conversation;

	private final StatusCookies cookies;

	private final RateLimit submissions;

	private final RateLimit codeAttemptsByRequester;

	private final RateLimit codeAttemptsByLink;

	private final RateLimit messagesByLink;

	private final RetentionService retention;

	private final Inactivity inactivity;

	private final org.tandem.intake.domain.Holders holders;

	private final AbsoluteLinks links;

	RequesterController(RequesterService requesters, RequestConversation conversation, StatusCookies cookies, IntakeProperties properties,
			RetentionService retention, Inactivity inactivity, RateLimits limits,
			org.tandem.intake.domain.Holders holders, AbsoluteLinks links) {
		this.holders = holders;
		this.links = links;
		this.requesters = requesters;
		this.conversation = conversation;
		this.retention = retention;
		this.inactivity = inactivity;
		this.cookies = cookies;
		Duration hour = Duration.ofHours(1);
		// shared by every instance on PostgreSQL (RateLimits)
		this.submissions = limits.limit("intake.submissions", properties.submissionsPerHour(), hour);
		this.codeAttemptsByRequester = limits.limit("intake.code-by-requester", properties.codeAttemptsPerHour(), hour);
		this.codeAttemptsByLink = limits.limit("intake.code-by-link", properties.codeAttemptsPerHour(), hour);
		this.messagesByLink = limits.limit("intake.messages-by-link", properties.messagesPerHour(), hour);
	}

	@GetMapping("/request")
	String form(Model model) {
		RequestForm form = new RequestForm();
		form.setNonce(StatusLinks.newToken());
		return form(model, form);
	}

	@ShowsSecret
	@PostMapping("/request")
	String submit(@Valid @ModelAttribute("form") RequestForm form, BindingResult binding, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		form.check(binding);
		java.util.Optional<java.util.UUID> cohort = form.cohort(binding, requesters::openCohorts);
		if (form.honeypotFilled()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("refused", "intake.form.refused");
			return form(model, form);
		}
		if (binding.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(model, form);
		}
		if (!RecentNonces.wellFormed(form.getNonce())) {
			// not a page this hub gave: what was typed comes back with a fresh nonce, to be sent once more
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			form.setNonce(StatusLinks.newToken());
			model.addAttribute("refused", "form.expired");
			return form(model, form);
		}
		// Each form carries a random nonce, accepted once a day (on every instance): sending the same page twice
		// makes one request. A page sent before is answered before it is counted against the limit.
		if (requesters.alreadySent(form.getNonce())) {
			return "intake/already-sent";
		}
		if (!submissions.tryAcquire(RequesterKey.of(request).orElse(UNKNOWN))) {
			response.setStatus(429);
			model.addAttribute("refused", "intake.form.tooMany");
			return form(model, form);
		}
		// the locale resolver only ever yields a language Tandem ships
		String language = LocaleContextHolder.getLocale().getLanguage();
		// the nonce is recorded with the request: if storing it fails, the same page may be sent again
		RequesterService.Submitted submitted;
		try {
			submitted = requesters.submitOnce(form.getNonce(), form.submission(language), cohort).orElse(null);
		}
		catch (org.tandem.platform.InvalidInput closed) {
			// the cohort chosen stopped taking organizations meanwhile: nothing was stored, the form comes back
			binding.rejectValue(closed.field(), closed.messageKey());
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(model, form);
		}
		if (submitted == null) {
			return "intake/already-sent";
		}
		model.addAttribute("submitted", submitted);
		// absolute, to be copied or bookmarked: under the public address, or the address this request came to
		model.addAttribute("link", links.forPage(request, StatusLinks.path(submitted.token())));
		model.addAttribute("emailed", form.isEmailLink());
		return "intake/sent";
	}

	@GetMapping("/request/status/{token}")
	String status(@PathVariable String token, Model model, HttpServletRequest request, HttpServletResponse response) {
		if (!cookies.vouchesFor(token, request)) {
			return codeForm(model, token, null);
		}
		RequesterService.Unlock unlock = requesters.reopen(token);
		if (!unlock.matched()) {
			cookies.clear(token, response);
			return codeForm(model, token, null);
		}
		cookies.issue(token, response);
		return page(model, token, unlock, new MessageForm());
	}

	@PostMapping("/request/status/{token}")
	String unlock(@PathVariable String token, @RequestParam(defaultValue = "") String code,
			@RequestParam(defaultValue = "") String pending, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		String requester = RequesterKey.of(request).orElse(UNKNOWN);
		String link = StatusLinks.linkDigest(token);
		// Every attempt counts, before the code is looked at, so parallel guesses cannot slip past the limit.
		boolean requesterHasRoom = codeAttemptsByRequester.tryAcquire(requester);
		boolean linkHasRoom = codeAttemptsByLink.tryAcquire(link);
		if (!requesterHasRoom || !linkHasRoom) {
			response.setStatus(429);
			model.addAttribute("pending", pending);
			return codeForm(model, token, "intake.status.tooManyAttempts");
		}
		RequesterService.Unlock unlock = requesters.unlock(token, code.length() > 40 ? "" : code);
		if (!unlock.matched()) {
			model.addAttribute("pending", pending);
			return codeForm(model, token, "intake.status.noMatch");
		}
		cookies.issue(token, response);
		if (!pending.isBlank() && unlock.requestId() != null) {
			// a message typed while the page was closing: kept through the code form, sent now, or shown again
			MessageForm form = new MessageForm();
			form.setBody(pending);
			String refused = "intake.status.tooManyMessages";
			try {
				if (messagesByLink.tryAcquire(link)) {
					conversation.requesterWrites(unlock.requestId(), pending);
					return Redirects.to("/request/status/{token}?sent#messages", token);
				}
			}
			catch (InvalidInput invalid) {
				refused = invalid.messageKey();
			}
			// not sent: the page says why, with the text still in the box
			BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "messageForm");
			errors.rejectValue("body", refused);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "messageForm", errors);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(model, token, unlock, form);
		}
		return Redirects.to("/request/status/{token}", token);
	}

	@PostMapping("/request/status/{token}/messages")
	String write(@PathVariable String token, @Valid @ModelAttribute("messageForm") MessageForm form,
			BindingResult binding, Model model, HttpServletRequest request, HttpServletResponse response) {
		RequesterService.Unlock unlock = unlocked(token, request);
		if (unlock == null || unlock.requestId() == null) {
			model.addAttribute("pending", form.getBody().length() <= RequestConversation.MAX_MESSAGE ? form.getBody() : "");
			return codeForm(model, token, "intake.status.codeAgain");
		}
		if (!binding.hasErrors() && !messagesByLink.tryAcquire(StatusLinks.linkDigest(token))) {
			binding.rejectValue("body", "intake.status.tooManyMessages");
		}
		if (!binding.hasErrors()) {
			try {
				conversation.requesterWrites(unlock.requestId(), form.getBody());
				return Redirects.to("/request/status/{token}?sent#messages", token);
			}
			catch (InvalidInput invalid) {
				binding.rejectValue("body", invalid.messageKey());
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return page(model, token, unlock, form);
	}

	@PostMapping("/request/status/{token}/withdraw")
	String withdraw(@PathVariable String token, @RequestParam(defaultValue = "false") boolean confirm, Model model,
			HttpServletRequest request) {
		RequesterService.Unlock unlock = unlocked(token, request);
		if (unlock == null || unlock.requestId() == null) {
			return codeForm(model, token, "intake.status.codeAgain");
		}
		if (!confirm) {
			return Redirects.to("/request/status/{token}?confirmWithdraw#withdraw", token);
		}
		requesters.withdraw(unlock.requestId());
		return Redirects.to("/request/status/{token}", token);
	}

	private RequesterService.@Nullable Unlock unlocked(String token, HttpServletRequest request) {
		if (!cookies.vouchesFor(token, request)) {
			return null;
		}
		RequesterService.Unlock unlock = requesters.reopen(token);
		return unlock.matched() ? unlock : null;
	}

	private String page(Model model, String token, RequesterService.Unlock unlock, MessageForm form) {
		model.addAttribute("token", token);
		if (unlock.purged()) {
			model.addAttribute("receiptCode", unlock.receiptCode());
			return "intake/purged";
		}
		UUID id = java.util.Objects.requireNonNull(unlock.requestId());
		RequesterService.RequesterView view = requesters.requesterView(id);
		model.addAttribute("view", view);
		model.addAttribute("journey", Journey.of(view.request().status(),
				view.request().status() == org.tandem.intake.RequestStatus.HANDED_OVER ? holders.progress(id).orElse(null)
						: null));
		// the requester came back: that keeps the request, and the page says until when (and what it put off)
		model.addAttribute("visit", inactivity.visit(view.request()).orElse(null));
		model.addAttribute("sections", holders.sectionsFor(id));
		model.addAttribute("messageForm", form);
		return "intake/status";
	}

	private String codeForm(Model model, String token, @Nullable String error) {
		model.addAttribute("token", token);
		model.addAttribute("error", error);
		return "intake/code";
	}

	private String form(Model model, RequestForm form) {
		model.addAttribute("form", form);
		model.addAttribute("kinds", OrganizationKind.values());
		model.addAttribute("sizes", SizeBand.values());
		model.addAttribute("problems", Problem.values());
		model.addAttribute("urgencies", Urgency.values());
		model.addAttribute("timeframes", Timeframe.values());
		model.addAttribute("approaches", Approach.values());
		model.addAttribute("referralSources", org.tandem.intake.ReferralSource.values());
		model.addAttribute("cohorts", requesters.openCohorts());
		model.addAttribute("contactMethods", ContactMethod.values());
		model.addAttribute("languages", RequestForm.LANGUAGES);
		model.addAttribute("keptDays", retention.settings()
			.stream()
			.filter(setting -> setting.kind().equals("intake.finished-requests"))
			.mapToLong(RetentionService.Setting::days)
			.findFirst()
			.orElse(90));
		model.addAttribute("idle", inactivity.periods());
		return "intake/form";
	}

}
