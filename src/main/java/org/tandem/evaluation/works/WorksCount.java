package org.tandem.evaluation.works;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.evaluation.PlanMode;

/**
 * The counting of "what works", pure: from one fact per evaluated plan (already only the countable organizations and
 * providers) to the tally of each (owner, mode, group). An organization counts once per cell: its change there is
 * the mean of its plans' changes in that cell, and it "improved" when that mean is above zero (full plans: the average
 * change from baseline to final; light plans: the average light of the last round above the first's). The owner is
 * {@link #HUB} for the hub's figures, or the plan's provider for the provider's own.
 */
public final class WorksCount {

	/** The owner of the hub-wide cells. */
	public static final UUID HUB = new UUID(0, 0);

	private WorksCount() {
	}

	/** One evaluated plan: whose, which mode, its change and potential reached, and its kinds of work. */
	public record Fact(UUID organizationId, @Nullable UUID providerId, PlanMode mode, BigDecimal change,
			@Nullable BigDecimal potential, Set<WorksGroup> groups) {

		public Fact {
			groups = Set.copyOf(groups);
		}

	}

	/** One cell's key. */
	public record Key(UUID owner, PlanMode mode, WorksGroup group) {
	}

	/** One cell: organizations, of them improved, the sum of their mean changes; the same for potential reached. */
	public record Tally(long organizations, long improved, BigDecimal changeSum, long potentialOrganizations,
			BigDecimal potentialSum) {
	}

	/** The cells of these facts (every fact counts in {@link WorksGroup#ALL} as well as its groups). */
	public static Map<Key, Tally> count(List<Fact> facts) {
		record Sums(int plans, BigDecimal change, int potentialPlans, BigDecimal potential) {
		}
		Map<Key, Map<UUID, Sums>> byOrganization = new HashMap<>();
		for (Fact fact : facts) {
			for (UUID owner : fact.providerId() == null ? List.of(HUB) : List.of(HUB, fact.providerId())) {
				for (WorksGroup group : groupsOf(fact)) {
					byOrganization.computeIfAbsent(new Key(owner, fact.mode(), group), key -> new HashMap<>())
						.merge(fact.organizationId(),
								new Sums(1, fact.change(), fact.potential() == null ? 0 : 1,
										fact.potential() == null ? BigDecimal.ZERO : fact.potential()),
								(a, b) -> new Sums(a.plans() + b.plans(), a.change().add(b.change()),
										a.potentialPlans() + b.potentialPlans(), a.potential().add(b.potential())));
			}
			}
		}
		Map<Key, Tally> tallies = new HashMap<>();
		byOrganization.forEach((key, organizations) -> {
			long improved = 0;
			long potentialOrganizations = 0;
			BigDecimal changeSum = BigDecimal.ZERO;
			BigDecimal potentialSum = BigDecimal.ZERO;
			for (Sums sums : organizations.values()) {
				BigDecimal mean = sums.change().divide(BigDecimal.valueOf(sums.plans()), MathContext.DECIMAL128);
				changeSum = changeSum.add(mean);
				if (mean.signum() > 0) {
					improved++;
				}
				if (sums.potentialPlans() > 0) {
					potentialOrganizations++;
					potentialSum = potentialSum.add(sums.potential()
						.divide(BigDecimal.valueOf(sums.potentialPlans()), MathContext.DECIMAL128));
				}
			}
			tallies.put(key, new Tally(organizations.size(), improved, changeSum, potentialOrganizations,
					potentialSum));
		});
		return tallies;
	}

	private static Set<WorksGroup> groupsOf(Fact fact) {
		java.util.EnumSet<WorksGroup> groups = java.util.EnumSet.of(WorksGroup.ALL);
		groups.addAll(fact.groups());
		return groups;
	}

}
