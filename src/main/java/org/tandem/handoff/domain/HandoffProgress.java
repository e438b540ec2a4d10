package org.tandem.handoff.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tandem.directory.Providers;
import org.tandem.intake.RequestProgress;
import org.tandem.intake.StatusPageSection;
import org.tandem.handoff.persistence.HandoffRepository;
import org.tandem.handoff.persistence.OfferRepository;
import org.springframework.transaction.annotation.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the requests the handoff holds stand, for intake ({@link RequestProgress}): the step of the requester's
 * journey and the handoff's own stage; what it adds to the requester's status page (the introduction, the contact
 * question, staff's record of contact that waits its grace period with a button to say it is not so, the surveys);
 * the providers whose slot an open or accepted offer holds; and which requests it is done with.
 */
@Component
class HandoffProgress implements RequestProgress {

	private final HandoffViews views;

	private final HandoffRepository rows;

	private final OfferRepository offers;

	private final Providers providers;

	HandoffProgress(HandoffViews views, HandoffRepository rows, OfferRepository offers, Providers providers) {
		this.views = views;
		this.rows = rows;
		this.offers = offers;
		this.providers = providers;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, Progress> progress(Collection<UUID> requestIds) {
		Map<UUID, Progress> progress = new HashMap<>();
		rows.findAllById(requestIds).forEach(handoff -> progress.put(handoff.requestId(), of(handoff)));
		return progress;
	}

	static Progress of(Handoff handoff) {
		Milestone milestone = switch (handoff.stage()) {
			case OFFERING, NO_PROVIDER, ACCEPTED -> Milestone.LOOKING;
			case INTRODUCED, CONTACT_FAILED, CONTACT_RECORDED -> Milestone.INTRODUCTION;
			case FOLLOWING_UP -> Milestone.CONTACT;
			case CLOSED, WITHDRAWN -> Milestone.FINISHED;
		};
		boolean rechoosable = handoff.stage() == Stage.OFFERING || handoff.stage() == Stage.NO_PROVIDER
				|| handoff.stage() == Stage.WITHDRAWN;
		return new Progress(milestone, handoff.stage().messageKey(), handoff.stageSince(), rechoosable,
				"/staff/requests/" + handoff.requestId() + "/handoff");
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, UUID> heldSlots() {
		Map<UUID, UUID> held = new HashMap<>();
		offers.holdingSlots().forEach(offer -> held.put(offer.requestId(), offer.providerId()));
		return held;
	}

	@Override
	@Transactional(readOnly = true)
	public List<UUID> finishedBefore(Instant cutoff) {
		return rows.finishedBefore(cutoff);
	}

	@Override
	@Transactional(readOnly = true)
	public List<UUID> anonymousInContact() {
		return rows.anonymousInContact();
	}

	@Override
	public List<StatusPageSection> sectionsFor(UUID requestId) {
		List<StatusPageSection> sections = new ArrayList<>();
		views.progress(requestId).ifPresent(view -> {
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
		return views.introducedProvider(requestId)
			.flatMap(providers::summary)
			.map(p -> new StatusPageSection.Details(p.name(), p.summary(), p.serviceKeys()))
			.orElse(null);
	}

}
