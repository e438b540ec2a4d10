package org.tandem.engagement.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.engagement.Workspaces;
import org.tandem.engagement.persistence.EngagementRepository;
import org.tandem.engagement.persistence.PlanRepository;

/** The engagement's door for other modules ({@link Workspaces}), over the module's own services. */
@Service
class EngagementWorkspaces implements Workspaces {

	private final EngagementRepository engagements;

	private final Plans plans;

	private final EngagementService service;

	private final PlanRepository planRows;

	EngagementWorkspaces(EngagementRepository engagements, Plans plans, EngagementService service,
			PlanRepository planRows) {
		this.engagements = engagements;
		this.plans = plans;
		this.service = service;
		this.planRows = planRows;
	}

	@Override
	@Transactional(readOnly = true)
	public String planCurrency(UUID engagementId, UUID accountId) {
		service.get(engagementId, accountId);
		return planRows.findByEngagementId(engagementId).map(plan -> plan.means().currency())
			.orElse(Means.NONE.currency());
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
	public Optional<Parties> parties(UUID engagementId) {
		return engagements.findById(engagementId)
			.map(engagement -> new Parties(engagement.id(), engagement.organizationId(), engagement.providerId(),
					engagement.closedAt() != null || engagement.phase() == org.tandem.engagement.Phase.KEEPING_IN_TOUCH,
					side(engagement, org.tandem.engagement.Side.ORGANIZATION),
					side(engagement, org.tandem.engagement.Side.PROVIDER),
					side(engagement, org.tandem.engagement.Side.STAFF)));
	}

	private static List<UUID> side(Engagement engagement, org.tandem.engagement.Side side) {
		return engagement.participants().stream().filter(p -> p.side() == side).map(Participant::accountId).sorted().toList();
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
