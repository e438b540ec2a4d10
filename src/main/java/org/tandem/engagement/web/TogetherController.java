package org.tandem.engagement.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.tandem.account.Accounts;
import org.tandem.directory.Providers;
import org.tandem.engagement.GuideKind;
import org.tandem.engagement.Phase;
import org.tandem.engagement.Side;
import org.tandem.engagement.domain.Conversation;
import org.tandem.engagement.domain.Decision;
import org.tandem.engagement.domain.Engagement;
import org.tandem.engagement.domain.EngagementFile;
import org.tandem.engagement.domain.EngagementFiles;
import org.tandem.engagement.domain.EngagementService;
import org.tandem.engagement.domain.Guides;
import org.tandem.engagement.domain.Meeting;
import org.tandem.engagement.domain.Meetings;
import org.tandem.engagement.domain.Message;
import org.tandem.engagement.domain.Slice;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.Markdown;
import org.tandem.platform.TandemPrincipal;
import org.tandem.privacy.files.UploadRejectedException;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/**
 * Working together: one page with the engagement's meetings, decisions, messages, the guides the provider leaves and
 * the files it shares, and the pages to change a meeting or a guide. Every handler goes through the services with the signed-in account,
 * which answer "not found" to anyone who does not take part; a refused form comes back with what was typed.
 */
@Controller
class TogetherController {

	private final EngagementService engagements;

	private final Meetings meetings;

	private final Conversation conversation;

	private final Guides guides;

	private final Providers providers;

	private final Accounts accounts;

	private final Markdown markdown;

	private final EngagementFiles files;

	private final Clock clock;

	TogetherController(EngagementService engagements, Meetings meetings, Conversation conversation, Guides guides,
			Providers providers, Accounts accounts, Markdown markdown, EngagementFiles files, Clock clock) {
		this.markdown = markdown;
		this.files = files;
		this.engagements = engagements;
		this.meetings = meetings;
		this.conversation = conversation;
		this.guides = guides;
		this.providers = providers;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** Which part of each list the page shows: the keys of the earlier pages asked for, if any. */
	record Position(@Nullable String meetingsBefore, @Nullable String decisionsBefore,
			@Nullable String messagesBefore) {

		static final Position NEWEST = new Position(null, null, null);

	}

	@GetMapping("/engagements/{id}/together")
	String show(TandemPrincipal principal, @PathVariable UUID id, @RequestParam(required = false) String meetingsBefore,
			@RequestParam(required = false) String decisionsBefore,
			@RequestParam(required = false) String messagesBefore, Model model) {
		return together(model, principal, id, new Position(meetingsBefore, decisionsBefore, messagesBefore));
	}

	@PostMapping("/engagements/{id}/meetings")
	String addMeeting(TandemPrincipal principal, @PathVariable UUID id,
			@Valid @ModelAttribute("meetingForm") MeetingForm form, BindingResult binding, Model model) {
		if (!binding.hasErrors()) {
			try {
				Meeting added = meetings.add(id, principal.accountId(), form.entry());
				return "redirect:/engagements/" + id + "/together?meetingAdded#meeting-" + added.id();
			}
			catch (InvalidInput invalid) {
				refuse(binding, invalid, model);
			}
		}
		return together(model, principal, id, Position.NEWEST);
	}

	@GetMapping("/engagements/{id}/meetings/{meetingId}")
	String editMeeting(TandemPrincipal principal, @PathVariable UUID id, @PathVariable UUID meetingId, Model model) {
		Meeting meeting = meetings.meeting(id, principal.accountId(), meetingId);
		return meetingPage(model, principal, meeting, MeetingForm.of(meeting));
	}

	@PostMapping("/engagements/{id}/meetings/{meetingId}")
	String changeMeeting(TandemPrincipal principal, @PathVariable UUID id, @PathVariable UUID meetingId,
			@Valid @ModelAttribute("meetingForm") MeetingForm form, BindingResult binding, Model model) {
		Meeting meeting = meetings.meeting(id, principal.accountId(), meetingId);
		if (!binding.hasErrors()) {
			try {
				meetings.change(id, principal.accountId(), meetingId, form.entry(), form.getVersion());
				return "redirect:/engagements/" + id + "/together?meetingChanged#meeting-" + meetingId;
			}
			catch (InvalidInput invalid) {
				refuse(binding, invalid, model);
			}
		}
		return meetingPage(model, principal, meeting, form);
	}

	@PostMapping("/engagements/{id}/decisions")
	String decide(TandemPrincipal principal, @PathVariable UUID id,
			@Valid @ModelAttribute("decisionForm") DecisionForm form, BindingResult binding, Model model) {
		if (!binding.hasErrors()) {
			try {
				meetings.decide(id, principal.accountId(), form.entry());
				return "redirect:/engagements/" + id + "/together?decided#decisions";
			}
			catch (InvalidInput invalid) {
				refuse(binding, invalid, model);
			}
		}
		return together(model, principal, id, Position.NEWEST);
	}

	@PostMapping("/engagements/{id}/decisions/{decisionId}/remove")
	String removeDecision(TandemPrincipal principal, @PathVariable UUID id, @PathVariable UUID decisionId,
			Model model) {
		try {
			meetings.removeDecision(id, principal.accountId(), decisionId);
			return "redirect:/engagements/" + id + "/together?decisionRemoved#decisions";
		}
		catch (InvalidInput invalid) {
			model.addAttribute(invalid.messageKey().equals("engagement.closed") ? "closedError" : "decisionError",
					invalid.messageKey());
			return together(model, principal, id, Position.NEWEST);
		}
	}

	@PostMapping("/engagements/{id}/messages")
	String send(TandemPrincipal principal, @PathVariable UUID id,
			@Valid @ModelAttribute("messageForm") MessageForm form, BindingResult binding, Model model) {
		if (!binding.hasErrors()) {
			try {
				conversation.send(id, principal.accountId(), form.getMessage());
				return "redirect:/engagements/" + id + "/together?sent#messages";
			}
			catch (InvalidInput invalid) {
				refuse(binding, invalid, model);
			}
		}
		return together(model, principal, id, Position.NEWEST);
	}

	@PostMapping("/engagements/{id}/guides")
	String writeGuide(TandemPrincipal principal, @PathVariable UUID id,
			@Valid @ModelAttribute("guideForm") GuideForm form, BindingResult binding, Model model) {
		if (!binding.hasErrors()) {
			try {
				guides.write(id, principal.accountId(), form.entry());
				return "redirect:/engagements/" + id + "/together?guideWritten#guides";
			}
			catch (InvalidInput invalid) {
				refuse(binding, invalid, model);
				if (invalid.messageKey().equals("engagement.guide.providerOnly")) {
					// the organization's side is shown no form to write one: the reason goes above the guides
					model.addAttribute("guideError", invalid.messageKey());
				}
			}
		}
		return together(model, principal, id, Position.NEWEST);
	}

	@GetMapping("/engagements/{id}/guides/{guideId}")
	String editGuide(TandemPrincipal principal, @PathVariable UUID id, @PathVariable UUID guideId, Model model) {
		Guides.Left left = guides.get(id, principal.accountId(), guideId);
		return guidePage(model, principal, left, GuideForm.of(left));
	}

	@PostMapping("/engagements/{id}/guides/{guideId}")
	String changeGuide(TandemPrincipal principal, @PathVariable UUID id, @PathVariable UUID guideId,
			@Valid @ModelAttribute("guideForm") GuideForm form, BindingResult binding, Model model) {
		Guides.Left left = guides.get(id, principal.accountId(), guideId);
		if (!binding.hasErrors()) {
			try {
				guides.change(id, principal.accountId(), guideId, form.entry(), form.getVersion());
				return "redirect:/engagements/" + id + "/together?guideChanged#guide-" + guideId;
			}
			catch (InvalidInput invalid) {
				refuse(binding, invalid, model);
			}
		}
		return guidePage(model, principal, left, form);
	}

	@PostMapping("/engagements/{id}/guides/{guideId}/items/{itemId}")
	String mark(TandemPrincipal principal, @PathVariable UUID id, @PathVariable UUID guideId,
			@PathVariable UUID itemId, @RequestParam(defaultValue = "false") boolean done, Model model) {
		try {
			guides.mark(id, principal.accountId(), guideId, itemId, done);
			return "redirect:/engagements/" + id + "/together?" + (done ? "ticked" : "unticked") + "#guide-" + guideId;
		}
		catch (InvalidInput invalid) {
			model.addAttribute(invalid.messageKey().equals("engagement.closed") ? "closedError" : "guideError",
					invalid.messageKey());
			return together(model, principal, id, Position.NEWEST);
		}
	}

	@PostMapping("/engagements/{id}/files")
	String addFile(TandemPrincipal principal, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable MultipartFile file, Model model) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", UploadRejectedException.EMPTY);
			return together(model, principal, id, Position.NEWEST);
		}
		try (InputStream content = file.getInputStream()) {
			files.add(id, principal.accountId(), Objects.requireNonNullElse(file.getOriginalFilename(), ""), content);
			return "redirect:/engagements/" + id + "/together?fileAdded#files";
		}
		catch (UploadRejectedException rejected) {
			model.addAttribute("fileError", rejected.messageKey());
			model.addAttribute("fileErrorArguments", rejected.arguments());
		}
		catch (InvalidInput invalid) {
			model.addAttribute(invalid.messageKey().equals("engagement.closed") ? "closedError" : "fileError",
					invalid.messageKey());
		}
		return together(model, principal, id, Position.NEWEST);
	}

	/** A file, decrypted, as a download the browser never renders in the page. */
	@GetMapping("/engagements/{id}/files/{fileId}")
	void download(TandemPrincipal principal, @PathVariable UUID id, @PathVariable UUID fileId,
			HttpServletResponse response) throws IOException {
		EngagementFile file = files.get(id, principal.accountId(), fileId);
		try (InputStream content = files.content(id, principal.accountId(), fileId)) {
			response.setContentType(file.contentType());
			response.setContentLengthLong(file.sizeBytes());
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString());
			content.transferTo(response.getOutputStream());
		}
	}

	@PostMapping("/engagements/{id}/files/{fileId}/remove")
	String removeFile(TandemPrincipal principal, @PathVariable UUID id, @PathVariable UUID fileId, Model model) {
		try {
			files.remove(id, principal.accountId(), fileId);
			return "redirect:/engagements/" + id + "/together?fileRemoved#files";
		}
		catch (InvalidInput invalid) {
			model.addAttribute(invalid.messageKey().equals("engagement.closed") ? "closedError" : "fileError",
					invalid.messageKey());
			return together(model, principal, id, Position.NEWEST);
		}
	}

	/**
	 * A refused form: the reason beside the form; a closed engagement shows no form, so that reason is said above
	 * them all.
	 */
	private static void refuse(BindingResult binding, InvalidInput invalid, Model model) {
		binding.reject(invalid.messageKey());
		if (invalid.messageKey().equals("engagement.closed")) {
			model.addAttribute("closedError", true);
		}
	}

	private String together(Model model, TandemPrincipal principal, UUID id, Position position) {
		UUID account = principal.accountId();
		Engagement engagement = engagements.get(id, account);
		Slice<Meeting> meetingSlice = meetings.meetings(id, account, position.meetingsBefore());
		Slice<Decision> decisionSlice = meetings.decisions(id, account, position.decisionsBefore());
		Slice<Message> messageSlice = conversation.messages(id, account, position.messagesBefore());
		var left = guides.of(id, account);
		Set<UUID> authors = new HashSet<>();
		meetingSlice.items().forEach(m -> authors.add(m.authorId()));
		decisionSlice.items().forEach(d -> authors.add(d.authorId()));
		messageSlice.items().forEach(m -> authors.add(m.authorId()));
		left.forEach(g -> authors.add(g.guide().authorId()));
		List<EngagementFile> shared = files.of(id, account);
		shared.forEach(f -> authors.add(f.uploadedBy()));
		Map<UUID, Accounts.Person> people = accounts.byIds(authors);
		Map<UUID, String> names = new java.util.HashMap<>();
		people.forEach((key, person) -> names.put(key, person.displayName()));
		Side mySide = engagement.sideOf(account).orElseThrow();
		model.addAttribute("engagement", engagement);
		model.addAttribute("providerName",
				providers.names(List.of(engagement.providerId())).getOrDefault(engagement.providerId(), ""));
		model.addAttribute("mySide", mySide);
		model.addAttribute("me", account);
		model.addAttribute("closed", engagement.phase() == Phase.CLOSED);
		model.addAttribute("names", names);
		model.addAttribute("meetings", meetingSlice);
		model.addAttribute("decisions", decisionSlice);
		model.addAttribute("decisionMeetings", meetings.named(id, account, decisionSlice.items()
			.stream()
			.map(Decision::meetingId)
			.filter(Objects::nonNull)
			.toList()));
		model.addAttribute("recentMeetings",
				position.meetingsBefore() == null ? meetingSlice.items() : meetings.meetings(id, account, null).items());
		model.addAttribute("thread", messageSlice);
		// notes and guides as safe HTML, by id: the only HTML these pages show unescaped
		Map<UUID, String> rendered = new java.util.HashMap<>();
		meetingSlice.items().forEach(m -> rendered.put(m.id(), markdown.html(m.notes())));
		left.forEach(g -> rendered.put(g.guide().id(), markdown.html(g.guide().body())));
		model.addAttribute("rendered", rendered);
		model.addAttribute("files", shared);
		model.addAttribute("guides", left);
		model.addAttribute("writesGuides", Guides.writes(mySide));
		model.addAttribute("ticks", mySide == Side.ORGANIZATION);
		model.addAttribute("kinds", GuideKind.values());
		LocalDate today = LocalDate.now(clock);
		if (!model.containsAttribute("meetingForm")) {
			model.addAttribute("meetingForm", MeetingForm.today(today));
		}
		if (!model.containsAttribute("decisionForm")) {
			model.addAttribute("decisionForm", DecisionForm.today(today));
		}
		if (!model.containsAttribute("messageForm")) {
			model.addAttribute("messageForm", new MessageForm());
		}
		if (!model.containsAttribute("guideForm")) {
			model.addAttribute("guideForm", new GuideForm());
		}
		return "engagement/together";
	}

	private String meetingPage(Model model, TandemPrincipal principal, Meeting meeting, MeetingForm form) {
		model.addAttribute("meeting", meeting);
		model.addAttribute("rendered", Map.of(meeting.id(), markdown.html(meeting.notes())));
		model.addAttribute("author", accounts.byIds(List.of(meeting.authorId()))
			.values()
			.stream()
			.map(Accounts.Person::displayName)
			.findFirst()
			.orElse(""));
		model.addAttribute("closed", engagements.get(meeting.engagementId(), principal.accountId())
			.phase() == Phase.CLOSED);
		model.addAttribute("meetingForm", form);
		return "engagement/meeting";
	}

	private String guidePage(Model model, TandemPrincipal principal, Guides.Left left, GuideForm form) {
		Engagement engagement = engagements.get(left.guide().engagementId(), principal.accountId());
		model.addAttribute("left", left);
		model.addAttribute("rendered", Map.of(left.guide().id(), markdown.html(left.guide().body())));
		model.addAttribute("writesGuides", Guides.writes(engagement.sideOf(principal.accountId()).orElseThrow()));
		model.addAttribute("closed", engagement.phase() == Phase.CLOSED);
		model.addAttribute("kinds", GuideKind.values());
		model.addAttribute("guideForm", form);
		return "engagement/guide";
	}

}
