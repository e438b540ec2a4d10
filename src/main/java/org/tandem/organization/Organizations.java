package org.tandem.organization;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The organization module's door: what other modules may ask of enrolled organizations, nothing opened. */
public interface Organizations {

	/** Whether the organization is enrolled (and not purged). */
	boolean exists(UUID organizationId);

	/** The organization's name, opened, for a module showing it to people entitled to it (an export, a workspace). */
	java.util.Optional<String> name(UUID organizationId);

	/**
	 * Enrols an organization for a pseudonym (an anonymous requester's workspace, ADR 0017): its name is the
	 * pseudonym, sealed under its own new keys as every organization's is; no kind, size or country beyond the
	 * least-telling ones; the account is its one member. Returns its id.
	 */
	UUID enrolPseudonym(String pseudonym, UUID accountId);

	/**
	 * Enrols an organization (a cohort's staff enrolling one that asked to join): its name sealed under its own new
	 * keys as every organization's is. Refused with {@link org.tandem.platform.InvalidInput} on {@code name} when
	 * blank or longer than 200 characters, on {@code country} when not an ISO country code. Returns its id.
	 */
	UUID enrol(String name, OrganizationKind kind, SizeBand sizeBand, @Nullable String country);

	/**
	 * Makes an account a member of the organization (someone who accepted an invitation to speak for it); nothing
	 * happens if it is one already. The account must hold the organization-member role.
	 */
	void addMember(UUID organizationId, UUID accountId);

	/** Destroys an organization's data, as an expired retention period does (a pseudonym's workspace never opened). */
	void purge(UUID organizationId);

	/** The accounts that speak for the organization, in the order they were added. */
	List<UUID> members(UUID organizationId);

	/**
	 * The names of these organizations, opened under each one's key, for a page that lists at most
	 * {@link #NAMES_LIMIT} of them; unknown or purged ones are left out.
	 */
	Map<UUID, String> names(Collection<UUID> organizationIds);

	/** The organizations the account speaks for (it is one of their members), oldest first. */
	List<UUID> ofMember(UUID accountId);

	/** The kinds of these organizations (kept in the clear: nothing is opened); unknown or purged ones are left out. */
	Map<UUID, OrganizationKind> kinds(Collection<UUID> organizationIds);

	/**
	 * Whether the organization lets its results be counted anonymously in figures about more than one organization
	 * (unless its members asked not to be); false for one that is unknown or purged. Read without opening anything.
	 */
	boolean countable(UUID organizationId);

	/** Those of these organizations that let their results be counted (any number of ids; nothing is opened). */
	java.util.Set<UUID> countable(Collection<UUID> organizationIds);

	/** The most names one call opens: a page's worth. */
	int NAMES_LIMIT = 100;

	/**
	 * Organizations to choose from, newest first, 50 at a time from a cursor ({@code next} of the page before; blank
	 * for the first): the names of the 50 shown are opened, no more.
	 */
	Choices choices(@Nullable String after);

	record Choice(UUID id, String name) {
	}

	/** A page of choices and the cursor of the next one (null on the last). */
	record Choices(List<Choice> choices, @Nullable String next) {

		public Choices {
			choices = List.copyOf(choices);
		}

	}

}
