package org.tandem.directory.persistence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.Repository;
import org.tandem.directory.domain.Vouch;

/** Vouches are part of the ledger: added and read, never changed. */
public interface VouchRepository extends Repository<Vouch, UUID> {

	Vouch save(Vouch vouch);

	List<Vouch> findByProviderIdOrderByVouchedAt(UUID providerId);

	boolean existsByProviderIdAndVoucherId(UUID providerId, UUID voucherId);

}
