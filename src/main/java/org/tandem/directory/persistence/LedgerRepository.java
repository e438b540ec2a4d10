package org.tandem.directory.persistence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;
import org.tandem.directory.domain.LedgerEntry;

/** The vetting ledger is append-only: this repository can add entries and read them, nothing else. */
public interface LedgerRepository extends Repository<LedgerEntry, UUID> {

	LedgerEntry save(LedgerEntry entry);

	/** The provider's entries in the order they were written. */
	@Query("select * from provider_ledger where provider_id = :providerId order by seq")
	List<LedgerEntry> findByProviderId(UUID providerId);

}
