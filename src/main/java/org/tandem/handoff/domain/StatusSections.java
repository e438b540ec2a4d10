package org.tandem.handoff.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tandem.directory.Providers;
import org.tandem.intake.StatusPageSection;

/**
 * What the handoff adds to the requester's status page: the introduction, the contact question, staff's record of
 * contact that waits its grace period (with a button to say it is not so), the surveys.
 */
@Component
class StatusSections implements StatusPageSection.Provider {

	private final Handoffs handoffs;

	private final Providers providers;

	StatusSections(Handoffs handoffs, Providers providers) {
		this.handoffs = handoffs;
		this.providers = providers;
	}

	@Override
	public List<StatusPageSection> sectionsFor(UUID requestId) {
		List<StatusPageSection> sections = new ArrayList<>();
		handoffs.progress(requestId).ifPresent(view -> {
			Handoff handoff = view.handoff();
			if (view.recorded() && handoff.graceUntil() != null) {
				// staff recorded contact: the organization may say it is not so until the grace period ends
				sections.add(new StatusPageSection("handoff.status.recorded.title",
						handoff.anonymous() ? "handoff.status.recorded.textAnonymous" : "handoff.status.recorded.text",
						"contact/not-in-contact", "handoff.status.recorded.action", true,
						new StatusPageSection.Moment("handoff.status.recorded.until", handoff.graceUntil()), true));
			}
			if (view.choosing()) {
				sections.add(new StatusPageSection("handoff.status.accepted.title", "handoff.status.accepted.text",
						"introduction", "handoff.status.accepted.action", true));
			}
			else if (view.asksAboutContact()) {
				sections.add(new StatusPageSection("handoff.status.introduced.title", "handoff.status.introduced.text",
						"introduction", "handoff.status.introduced.action", view.handoff().waitsFor(Side.ORGANIZATION))
					.with(provider(requestId)));
			}
			else if (view.introduced()) {
				sections.add(new StatusPageSection("handoff.status.provider.title", "handoff.status.provider.text",
						"introduction", "handoff.status.provider.action", false)
					.with(provider(requestId)));
			}
			for (FollowUp followUp : view.openFollowUps()) {
				sections.add(new StatusPageSection("handoff.status.followUp.title", "handoff.status.followUp.text",
						"follow-ups/" + followUp.id(), "handoff.status.followUp.action", true));
			}
		});
		return sections;
	}

	/** Once introduced, the organization sees who the provider is: their summary and services, not only a name. */
	private StatusPageSection.@Nullable Details provider(UUID requestId) {
		return handoffs.introducedProvider(requestId)
			.flatMap(providers::summary)
			.map(p -> new StatusPageSection.Details(p.name(), p.summary(), p.serviceKeys()))
			.orElse(null);
	}

}
