package org.tandem.engagement.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.engagement.Phase;
import org.tandem.engagement.PlanStatus;
import org.tandem.engagement.Side;
import org.tandem.engagement.persistence.PlanItemRepository;
import org.tandem.engagement.persistence.PlanRepository;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;

/**
 * An engagement's plan, always as one account that takes part in it ({@link EngagementService#get}). Both sides add,
 * change and remove items and mark them; only the organization's members state its means and approve. Every change
 * of content (an item added, changed or removed, the means restated) raises the plan's revision; marking an item's
 * status does not, since doing the approved work is not changing the plan (the changes since approval still show
 * it). An approval names the revision its page showed and is refused when that is no longer the current one.
 */
@Service
public class Plans {

	/** The most items one plan holds. */
	public static final int ITEM_LIMIT = 200;

	private final EngagementService engagements;

	private final PlanRepository plans;

	private final PlanItemRepository items;

	private final Clock clock;

	Plans(EngagementService engagements, PlanRepository plans, PlanItemRepository items, Clock clock) {
		this.engagements = engagements;
		this.plans = plans;
		this.items = items;
		this.clock = clock;
	}

	/** The plan with its totals against the means and the changes since approval. */
	@Transactional(readOnly = true)
	public PlanView view(UUID engagementId, UUID accountId) {
		Engagement engagement = engagements.get(engagementId, accountId);
		return PlanView.ofRows(engagementId, planOf(engagement),
				items.findByEngagementIdOrderByDueOnAscCreatedAtAscIdAsc(engagementId),
				LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
	}

	/** One item, found only through its own engagement. */
	@Transactional(readOnly = true)
	public PlanItem item(UUID engagementId, UUID accountId, UUID itemId) {
		engagements.get(engagementId, accountId);
		return itemOf(engagementId, itemId);
	}

	/** The organization states what it has, on a page showing the current revision. */
	@Transactional
	public void stateMeans(UUID engagementId, UUID accountId, Means means, long seenRevision) {
		engagements.touched(engagementId);
		Engagement engagement = open(engagementId, accountId);
		requireOrganization(engagement, accountId, "side");
		Plan plan = planOf(engagement);
		if (plan.revision() != seenRevision) {
			throw new InvalidInput("revision", "engagement.plan.stale");
		}
		if (!means.currency().equals(plan.means().currency())
				&& items.findByEngagementIdOrderByDueOnAscCreatedAtAscIdAsc(engagementId)
					.stream()
					.anyMatch(i -> i.costMinor() > 0)) {
			// costs are kept in minor units of the plan's currency: changing it would silently change every cost
			throw new InvalidInput("currency", "engagement.plan.currencyFixed");
		}
		if (plan.state(means, clock.instant())) {
			plans.save(plan);
		}
	}

	@Transactional
	public PlanItem addItem(UUID engagementId, UUID accountId, PlanItem.Entry entry) {
		engagements.touched(engagementId);
		Engagement engagement = open(engagementId, accountId);
		if (items.countByEngagementId(engagementId) >= ITEM_LIMIT) {
			throw new InvalidInput("title", "engagement.plan.tooManyItems");
		}
		Instant now = clock.instant();
		PlanItem item = items.save(PlanItem.record(engagement, entry, now));
		revise(engagement, now);
		return item;
	}

	/** Changes one item, if the page it was changed on was the latest for that item. */
	@Transactional
	public void changeItem(UUID engagementId, UUID accountId, UUID itemId, PlanItem.Entry entry, long seenVersion) {
		engagements.touched(engagementId);
		Engagement engagement = open(engagementId, accountId);
		PlanItem item = itemOf(engagementId, itemId);
		if (item.version() != seenVersion) {
			throw new InvalidInput("version", "engagement.stale");
		}
		Instant now = clock.instant();
		if (item.change(entry, now)) {
			items.save(item);
			revise(engagement, now);
		}
	}

	/** Marks where an item stands; either side may, for any item. Leaves the revision as it is. */
	@Transactional
	public void mark(UUID engagementId, UUID accountId, UUID itemId, PlanStatus status) {
		engagements.touched(engagementId);
		open(engagementId, accountId);
		PlanItem item = itemOf(engagementId, itemId);
		if (item.status() != status) {
			item.mark(status, clock.instant());
			items.save(item);
		}
	}

	@Transactional
	public void removeItem(UUID engagementId, UUID accountId, UUID itemId) {
		engagements.touched(engagementId);
		Engagement engagement = open(engagementId, accountId);
		items.delete(itemOf(engagementId, itemId));
		revise(engagement, clock.instant());
	}

	/** The organization approves the revision its page showed; refused if the plan changed since. */
	@Transactional
	public void approve(UUID engagementId, UUID accountId, long seenRevision) {
		engagements.touched(engagementId);
		Engagement engagement = open(engagementId, accountId);
		requireOrganization(engagement, accountId, "side");
		Plan plan = planOf(engagement);
		List<PlanItem> all = items.findByEngagementIdOrderByDueOnAscCreatedAtAscIdAsc(engagementId);
		if (seenRevision == plan.revision() && all.isEmpty()) {
			throw new InvalidInput("revision", "engagement.plan.nothingToApprove");
		}
		plan.approve(seenRevision, accountId, PlanChanges.snapshot(plan.means(), all), clock.instant());
		plans.save(plan);
	}

	private void revise(Engagement engagement, Instant now) {
		Plan plan = planOf(engagement);
		plan.revise(now);
		plans.save(plan);
	}

	private Plan planOf(Engagement engagement) {
		return plans.findByEngagementId(engagement.id()).orElseGet(() -> Plan.empty(engagement, clock.instant()));
	}

	private Engagement open(UUID engagementId, UUID accountId) {
		Engagement engagement = engagements.get(engagementId, accountId);
		if (engagement.phase() == Phase.CLOSED) {
			throw new InvalidInput("phase", "engagement.closed");
		}
		return engagement;
	}

	private static void requireOrganization(Engagement engagement, UUID accountId, String field) {
		if (engagement.sideOf(accountId).orElseThrow() != Side.ORGANIZATION) {
			throw new InvalidInput(field, "engagement.plan.organizationOnly");
		}
	}

	private PlanItem itemOf(UUID engagementId, UUID itemId) {
		return items.findById(itemId)
			.filter(i -> i.engagementId().equals(engagementId))
			.orElseThrow(NotFoundException::new);
	}

	/** The most items "due this week" shows. */
	public static final int DUE_LIMIT = 20;

	/**
	 * What the account's side has to do in its engagements by the end of the coming seven days, overdue included,
	 * soonest first: the items it owns that are still to do or under way.
	 */
	@Transactional(readOnly = true)
	public List<PlanItem> dueThisWeek(UUID accountId) {
		java.time.LocalDate until = java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC).plusDays(7);
		return items.dueFor(accountId, until, DUE_LIMIT);
	}

}
