package org.tandem.engagement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What other modules may ask of an engagement: whether an account takes part in it, and for whom; and to add items
 * to its plan (an audit's accepted recommendations become plan items in one step). Every call names the acting
 * account, and an account that does not take part learns nothing.
 */
public interface Workspaces {

	/** The account's seat in the engagement, if it takes part in it. */
	Optional<Seat> seat(UUID engagementId, UUID accountId);

	/**
	 * Adds the entries to the engagement's plan as this participant, all in one transaction: either every entry is
	 * added or none (a bad entry is an {@link org.tandem.platform.InvalidInput}, a full plan too, and a closed
	 * engagement or an account that does not take part is not found). Answers the new items' ids, in order.
	 */
	List<UUID> addPlanItems(UUID engagementId, UUID accountId, List<PlanEntry> entries);

	/**
	 * The currency the engagement's plan counts costs in (a plan nobody wrote in yet counts in its default), for a
	 * participant; not found for anyone else. Costs of {@link #addPlanItems} entries are in its minor units.
	 */
	String planCurrency(UUID engagementId, UUID accountId);

	/** The currencies a plan may count in; other modules offer the same list for amounts that may go into a plan. */
	List<String> CURRENCIES = org.tandem.engagement.domain.Means.CURRENCIES;

	/** The engagements the account takes part in (at most the latest 200), newest first. */
	List<UUID> of(UUID accountId);

	/**
	 * The engagement's parties, for modules that act for the hub rather than for a participant (surveys sent by staff
	 * or when the engagement closes): no account is checked here, so the caller decides who may ask.
	 */
	Optional<Parties> parties(UUID engagementId);

	/** An engagement's organization and provider, whether it closed, and the accounts taking part on each side. */
	record Parties(UUID engagementId, UUID organizationId, UUID providerId, boolean closed,
			List<UUID> organizationSide, List<UUID> providerSide, List<UUID> staffSide) {

		public Parties {
			organizationSide = List.copyOf(organizationSide);
			providerSide = List.copyOf(providerSide);
			staffSide = List.copyOf(staffSide);
		}

	}

	/** An account's place in an engagement: the engagement's organization and provider, the side, whether it closed. */
	record Seat(UUID engagementId, UUID organizationId, UUID providerId, Side side, boolean closed) {
	}

	/**
	 * One item for a plan: what is to be done and the outcome it serves, who does it, when it is due, its effort in
	 * whole hours and its cost in minor units of the plan's currency.
	 */
	record PlanEntry(String title, @Nullable String outcome, Side owner, LocalDate dueOn, int effortHours,
			long costMinor) {
	}

}
