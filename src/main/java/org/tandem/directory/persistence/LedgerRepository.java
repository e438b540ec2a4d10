package org.tandem.directory.persistence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.Repository;
import org.tandem.directory.domain.LedgerEntry;

/** The vetting ledger is append-only: this repository can add entries and read them, nothing else. */
public interface LedgerRepository extends Repository<LedgerEntry, UUID> {

	LedgerEntry save(LedgerEntry entry);

	List<LedgerEntry> findByProviderIdOrderByRecordedAtAscIdAsc(UUID providerId);

}
