package org.tandem.engagement.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.engagement.Workspaces;
import org.tandem.engagement.persistence.EngagementRepository;

/** The engagement's door for other modules ({@link Workspaces}), over the module's own services. */
@Service
class EngagementWorkspaces implements Workspaces {

	private final EngagementRepository engagements;

	private final Plans plans;

	private final EngagementService service;

	EngagementWorkspaces(EngagementRepository engagements, Plans plans, EngagementService service) {
		this.engagements = engagements;
		this.plans = plans;
		this.service = service;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Seat> seat(UUID engagementId, UUID accountId) {
		return engagements.findById(engagementId)
			.flatMap(engagement -> engagement.sideOf(accountId)
				.map(side -> new Seat(engagement.id(), engagement.organizationId(), engagement.providerId(), side,
						engagement.closedAt() != null)));
	}

	@Override
	@Transactional(readOnly = true)
	public List<UUID> of(UUID accountId) {
		return service.of(accountId).stream().map(Engagement::id).toList();
	}

	@Override
	@Transactional
	public List<UUID> addPlanItems(UUID engagementId, UUID accountId, List<PlanEntry> entries) {
		List<UUID> ids = new ArrayList<>(entries.size());
		for (PlanEntry entry : entries) {
			ids.add(plans.addItem(engagementId, accountId, new PlanItem.Entry(entry.title(), entry.outcome(),
					entry.owner(), entry.dueOn(), entry.effortHours(), entry.costMinor())).id());
		}
		return ids;
	}

}
