package org.tandem.evaluation.works;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.tandem.evaluation.PlanMode;
import org.tandem.evaluation.figures.Disclosure;
import org.tandem.evaluation.figures.DisclosureSettings;

/**
 * What works, as published: the tally's cells of the hub (or of one provider's own plans) through disclosure
 * control. A group is described only when it counts at least k organizations: its organizations rounded to 5, the
 * average change (full plans: percentage change, 1 decimal; light plans: change of the average light, 2 decimals),
 * the share improved (percent, rounded to the nearest 5 so that it does not give away the count) and the average
 * potential reached (full plans, when at least k organizations have one). A smaller group reads "fewer than k" and
 * carries no figure at all. Groups are kinds of work, given in a fixed order; organizations are never named.
 */
@Service
public class WhatWorks {

	private final WhatWorksTally tally;

	private final DisclosureSettings settings;

	WhatWorks(WhatWorksTally tally, DisclosureSettings settings) {
		this.tally = tally;
		this.settings = settings;
	}

	/** The hub's figures. */
	public WorksReport hub() {
		return report(WorksCount.HUB);
	}

	/** One provider's own figures (its plans only). */
	public WorksReport provider(UUID providerId) {
		return report(providerId);
	}

	private WorksReport report(UUID owner) {
		Disclosure disclosure = settings.disclosure();
		Map<WorksCount.Key, WorksCount.Tally> cells = tally.of(owner);
		List<WorksReport.Section> sections = new ArrayList<>();
		for (PlanMode mode : PlanMode.values()) {
			List<WorksReport.Line> lines = new ArrayList<>();
			for (WorksGroup group : WorksGroup.values()) {
				lines.add(publish(disclosure, mode, group, cells.get(new WorksCount.Key(owner, mode, group))));
			}
			sections.add(new WorksReport.Section(mode, lines));
		}
		return new WorksReport(disclosure.minimum(), tally.computedAt().orElse(null), sections);
	}

	/** One cell as published. */
	static WorksReport.Line publish(Disclosure disclosure, PlanMode mode, WorksGroup group,
			WorksCount.@Nullable Tally cell) {
		long organizations = cell == null ? 0 : cell.organizations();
		Disclosure.Cell count = disclosure.cell(organizations);
		if (cell == null || !disclosure.allows(organizations)) {
			return new WorksReport.Line(group, count, null, null, null);
		}
		BigDecimal n = BigDecimal.valueOf(organizations);
		BigDecimal change = cell.changeSum().divide(n, MathContext.DECIMAL128)
			.setScale(mode == PlanMode.FULL ? 1 : 2, RoundingMode.HALF_UP);
		long share = shareRounded(cell.improved(), organizations);
		BigDecimal potential = mode == PlanMode.FULL && disclosure.allows(cell.potentialOrganizations())
				? cell.potentialSum().divide(BigDecimal.valueOf(cell.potentialOrganizations()), MathContext.DECIMAL128)
					.setScale(1, RoundingMode.HALF_UP)
				: null;
		return new WorksReport.Line(group, count, change, share, potential);
	}

	/** improved / organizations in percent, rounded to the nearest 5 (halves up). */
	static long shareRounded(long improved, long organizations) {
		BigDecimal percent = BigDecimal.valueOf(improved * 100L).divide(BigDecimal.valueOf(organizations),
				MathContext.DECIMAL128);
		return percent.divide(BigDecimal.valueOf(5), 0, RoundingMode.HALF_UP).longValueExact() * 5;
	}

	/** The published figures: k, when counted, and per mode the groups in a fixed order (ALL first). */
	public record WorksReport(int minimum, @Nullable OffsetDateTime computedAt, List<Section> sections) {

		public WorksReport {
			sections = List.copyOf(sections);
		}

		/** Whether any group besides the reference is shown. */
		public boolean anyShown() {
			return sections.stream().flatMap(s -> s.lines().stream()).anyMatch(Line::shown);
		}

		/** The figures of one mode; the first line is every evaluated organization (the reference). */
		public record Section(PlanMode mode, List<Line> lines) {

			public Section {
				lines = List.copyOf(lines);
			}

			public Line reference() {
				return lines.getFirst();
			}

			public List<Line> groups() {
				return lines.subList(1, lines.size());
			}

		}

		/** One group: its organizations (a disclosure cell) and, only when shown, its figures. */
		public record Line(WorksGroup group, Disclosure.Cell organizations, @Nullable BigDecimal averageChange,
				@Nullable Long shareImproved, @Nullable BigDecimal potentialReached) {

			public boolean shown() {
				return averageChange != null;
			}

		}

	}

}
