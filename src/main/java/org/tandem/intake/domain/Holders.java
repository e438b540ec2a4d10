package org.tandem.intake.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.tandem.intake.RequestProgress;
import org.tandem.intake.StatusPageSection;

/**
 * The modules that hold handed-over requests, asked together: where a request stands after the hand-over, what they
 * add to its status page, which providers' slots they hold. Each request has at most one holder.
 */
@Component
public class Holders {

	// looked up when asked: the holders depend on intake's door, which asks them
	private final ObjectProvider<RequestProgress> holders;

	Holders(ObjectProvider<RequestProgress> holders) {
		this.holders = holders;
	}

	/** Where each of these requests stands, for those a module holds; one query per holder, whatever the count. */
	public Map<UUID, RequestProgress.Progress> progress(Collection<UUID> requestIds) {
		Map<UUID, RequestProgress.Progress> all = new HashMap<>();
		if (!requestIds.isEmpty()) {
			holders.orderedStream().forEach(holder -> all.putAll(holder.progress(requestIds)));
		}
		return all;
	}

	public Optional<RequestProgress.Progress> progress(UUID requestId) {
		return Optional.ofNullable(progress(List.of(requestId)).get(requestId));
	}

	/**
	 * Of these requests, those whose holder says contact is made or nothing is left to do: the inactivity rule no
	 * longer applies to them (the finished-requests rule does).
	 */
	public java.util.Set<UUID> settled(Collection<UUID> requestIds) {
		java.util.Set<UUID> settled = new java.util.HashSet<>();
		progress(requestIds).forEach((id, progress) -> {
			if (progress.milestone() == RequestProgress.Milestone.CONTACT
					|| progress.milestone() == RequestProgress.Milestone.FINISHED) {
				settled.add(id);
			}
		});
		return settled;
	}

	public List<StatusPageSection> sectionsFor(UUID requestId) {
		return holders.orderedStream().flatMap(holder -> holder.sectionsFor(requestId).stream()).toList();
	}

	public List<UUID> finishedBefore(java.time.Instant cutoff) {
		return holders.orderedStream().flatMap(holder -> holder.finishedBefore(cutoff).stream()).toList();
	}

	public List<UUID> anonymousInContact() {
		return holders.orderedStream().flatMap(holder -> holder.anonymousInContact().stream()).toList();
	}

	public Map<UUID, UUID> heldSlots() {
		Map<UUID, UUID> all = new HashMap<>();
		holders.orderedStream().forEach(holder -> all.putAll(holder.heldSlots()));
		return all;
	}

}
