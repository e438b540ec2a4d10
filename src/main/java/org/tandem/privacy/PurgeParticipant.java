package org.tandem.privacy;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A module's part in a purge: it deletes every row it holds for an owner. Each module that stores data for
 * organizations or requests declares one bean of this type.
 */
public interface PurgeParticipant {

	/** A stable name for the participant, recorded once its part of a purge is done (at most 60 characters). */
	String name();

	/**
	 * Deletes every row this module holds for the owner and returns how many were destroyed per kind of data (for
	 * example {@code "organization.profile" -> 1}). Runs in the purge's transaction, together with the record that
	 * this participant is done, so it runs to completion exactly once even if the purge is interrupted.
	 */
	Map<String, Integer> purge(UUID owner);

	/**
	 * Every kind of data {@link #purge} may count. Each one is named on the deletion receipt as
	 * {@code kind.<kind>} in every language; the purge refuses a kind that is not declared here.
	 */
	Set<String> kinds();

}
