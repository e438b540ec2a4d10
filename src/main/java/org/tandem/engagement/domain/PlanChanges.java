package org.tandem.engagement.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.json.JsonMapper;

/**
 * What changed in a plan since the organization approved it: items added, items removed, and for each item still
 * there the fields that changed. Built from the sealed snapshot kept with the approval.
 *
 * @param changed each changed item with the names of its changed fields (title, outcome, owner, due, effort, cost,
 *        status)
 */
public record PlanChanges(List<String> added, List<String> removed, List<Changed> changed, boolean meansChanged) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** An item still in the plan whose fields changed. */
	public record Changed(String title, List<String> fields) {
	}

	public boolean none() {
		return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && !meansChanged;
	}

	/** The approved plan as kept in the snapshot: the means and every item's fields. */
	record Snapshot(String means, List<Line> items) {
	}

	record Line(String id, String title, @Nullable String outcome, String owner, String due, int effort, long cost,
			String status) {

		static Line of(PlanItem item) {
			return new Line(item.id().toString(), item.title(), item.outcome(), item.owner().name(),
					item.dueOn().toString(), item.effortHours(), item.costMinor(), item.status().name());
		}

	}

	static String snapshot(Means means, List<PlanItem> items) {
		return JSON.writeValueAsString(new Snapshot(means.encode(), items.stream().map(Line::of).toList()));
	}

	static PlanChanges since(String snapshot, Means means, List<PlanItem> items) {
		Snapshot approved = JSON.readValue(snapshot, Snapshot.class);
		Map<String, Line> before = new LinkedHashMap<>();
		approved.items().forEach(line -> before.put(line.id(), line));
		List<String> added = new ArrayList<>();
		List<Changed> changed = new ArrayList<>();
		for (PlanItem item : items) {
			Line now = Line.of(item);
			Line then = before.remove(now.id());
			if (then == null) {
				added.add(now.title());
				continue;
			}
			List<String> fields = new ArrayList<>();
			compare(fields, "title", then.title(), now.title());
			compare(fields, "outcome", then.outcome(), now.outcome());
			compare(fields, "owner", then.owner(), now.owner());
			compare(fields, "due", then.due(), now.due());
			compare(fields, "effort", then.effort(), now.effort());
			compare(fields, "cost", then.cost(), now.cost());
			compare(fields, "status", then.status(), now.status());
			if (!fields.isEmpty()) {
				changed.add(new Changed(now.title(), List.copyOf(fields)));
			}
		}
		List<String> removed = before.values().stream().map(Line::title).toList();
		return new PlanChanges(List.copyOf(added), removed, List.copyOf(changed),
				!approved.means().equals(means.encode()));
	}

	private static void compare(List<String> fields, String name, @Nullable Object then, @Nullable Object now) {
		if (!Objects.equals(then, now)) {
			fields.add(name);
		}
	}

}
