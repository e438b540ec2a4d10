package org.tandem.cohort.persistence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tandem.privacy.PurgeParticipant;
import org.tandem.privacy.files.EncryptedFileStore;

/**
 * An organization's purge: its own agreements with its providers in every cohort, rows and files. The purge destroys
 * the organization's keys too, so the sealed names and the files' bytes were unreadable already; this leaves nothing
 * behind. Idempotent: a second run finds nothing.
 */
@Component
class PairAgreementPurge implements PurgeParticipant {

	private final PairAgreementRows pairs;

	private final EncryptedFileStore files;

	PairAgreementPurge(PairAgreementRows pairs, EncryptedFileStore files) {
		this.pairs = pairs;
		this.files = files;
	}

	@Override
	public String name() {
		return "cohort.pairAgreements";
	}

	@Override
	public Set<String> kinds() {
		return Set.of("cohort.pairAgreements");
	}

	@Override
	public Map<String, Integer> purge(UUID owner) {
		List<UUID> gone = pairs.deleteOfOrganization(owner);
		gone.forEach(file -> files.delete(owner, file));
		Map<String, Integer> destroyed = new LinkedHashMap<>();
		if (!gone.isEmpty()) {
			destroyed.put("cohort.pairAgreements", gone.size());
		}
		return destroyed;
	}

}
