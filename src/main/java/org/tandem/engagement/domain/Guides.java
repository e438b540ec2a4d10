package org.tandem.engagement.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.engagement.Phase;
import org.tandem.engagement.Side;
import org.tandem.engagement.persistence.ChecklistItemRepository;
import org.tandem.engagement.persistence.GuideRepository;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;

/**
 * The guides and checklists the provider leaves behind. Everyone who takes part reads them; the provider's side and
 * the hub's staff write and change them; the organization's side ticks a checklist's items. At most
 * {@value #LIMIT} per engagement, so the page lists them all.
 */
@Service
public class Guides {

	public static final int LIMIT = 50;

	private final EngagementService engagements;

	private final GuideRepository guides;

	private final ChecklistItemRepository items;

	private final Clock clock;

	Guides(EngagementService engagements, GuideRepository guides, ChecklistItemRepository items, Clock clock) {
		this.engagements = engagements;
		this.guides = guides;
		this.items = items;
		this.clock = clock;
	}

	/** A guide with its checklist's items in their order (none for a guide to read). */
	public record Left(Guide guide, List<ChecklistItem> items) {

		public Left {
			items = List.copyOf(items);
		}

		public long done() {
			return items.stream().filter(ChecklistItem::done).count();
		}

	}

	/** All the engagement's guides and checklists, oldest first. */
	@Transactional(readOnly = true)
	public List<Left> of(UUID engagementId, UUID accountId) {
		engagements.get(engagementId, accountId);
		List<Guide> found = guides.of(engagementId, LIMIT);
		Map<UUID, List<ChecklistItem>> byGuide = new LinkedHashMap<>();
		found.forEach(guide -> byGuide.put(guide.id(), new ArrayList<>()));
		if (!found.isEmpty()) {
			items.ofGuides(byGuide.keySet()).forEach(item -> byGuide.get(item.guideId()).add(item));
		}
		return found.stream().map(guide -> new Left(guide, byGuide.get(guide.id()))).toList();
	}

	/** One guide, found only through its own engagement. */
	@Transactional(readOnly = true)
	public Left get(UUID engagementId, UUID accountId, UUID guideId) {
		engagements.get(engagementId, accountId);
		Guide guide = guideOf(engagementId, guideId);
		return new Left(guide, items.ofGuides(List.of(guide.id())));
	}

	@Transactional
	public Guide write(UUID engagementId, UUID accountId, Guide.Entry entry) {
		engagements.touched(engagementId);
		Engagement engagement = writable(engagementId, accountId);
		if (guides.countOf(engagementId) >= LIMIT) {
			throw new InvalidInput("title", "engagement.guide.tooMany");
		}
		Guide guide = guides.save(Guide.write(engagement, entry, accountId, clock.instant()));
		for (int i = 0; i < entry.items().size(); i++) {
			items.save(ChecklistItem.of(guide, engagement, i, entry.items().get(i)));
		}
		return guide;
	}

	/**
	 * Changes a guide, if the page it was changed on was the latest for it. A checklist's items whose text is kept
	 * keep whether they are done; the others are removed and new ones added.
	 */
	@Transactional
	public void change(UUID engagementId, UUID accountId, UUID guideId, Guide.Entry entry, long seenVersion) {
		engagements.touched(engagementId);
		Engagement engagement = writable(engagementId, accountId);
		Guide guide = guideOf(engagementId, guideId);
		if (guide.version() != seenVersion) {
			throw new InvalidInput("version", "engagement.stale");
		}
		guide.change(entry, clock.instant());
		guides.save(guide);
		List<ChecklistItem> before = new ArrayList<>(items.ofGuides(List.of(guideId)));
		for (int i = 0; i < entry.items().size(); i++) {
			String text = entry.items().get(i);
			ChecklistItem kept = before.stream().filter(item -> item.text().equals(text)).findFirst().orElse(null);
			if (kept == null) {
				items.save(ChecklistItem.of(guide, engagement, i, text));
			}
			else {
				before.remove(kept);
				kept.moveTo(i);
				items.save(kept);
			}
		}
		items.deleteAll(before);
	}

	/** Ticks or unticks an item of a checklist; the organization's side does. */
	@Transactional
	public void mark(UUID engagementId, UUID accountId, UUID guideId, UUID itemId, boolean done) {
		engagements.touched(engagementId);
		Engagement engagement = engagements.get(engagementId, accountId);
		requireOpen(engagement);
		ChecklistItem item = items.findById(itemId)
			.filter(i -> i.engagementId().equals(engagementId) && i.guideId().equals(guideId))
			.orElseThrow(NotFoundException::new);
		if (engagement.sideOf(accountId).orElseThrow() != Side.ORGANIZATION) {
			throw new InvalidInput("done", "engagement.checklist.organizationOnly");
		}
		Instant now = clock.instant();
		item.mark(done, accountId, now);
		items.save(item);
	}

	/** Whether the account may write guides in this engagement: the provider's side and staff. */
	public static boolean writes(Side side) {
		return side == Side.PROVIDER || side == Side.STAFF;
	}

	private Engagement writable(UUID engagementId, UUID accountId) {
		Engagement engagement = engagements.get(engagementId, accountId);
		requireOpen(engagement);
		if (!writes(engagement.sideOf(accountId).orElseThrow())) {
			throw new InvalidInput("title", "engagement.guide.providerOnly");
		}
		return engagement;
	}

	private Guide guideOf(UUID engagementId, UUID guideId) {
		return guides.findById(guideId)
			.filter(g -> g.engagementId().equals(engagementId))
			.orElseThrow(NotFoundException::new);
	}

	private static void requireOpen(Engagement engagement) {
		if (engagement.phase() == Phase.CLOSED) {
			throw new InvalidInput("phase", "engagement.closed");
		}
	}

}
