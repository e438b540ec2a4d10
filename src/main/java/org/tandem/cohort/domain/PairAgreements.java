package org.tandem.cohort.domain;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tandem.cohort.CohortStatus;
import org.tandem.cohort.Side;
import org.tandem.cohort.persistence.PairAgreementRows;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;
import org.tandem.privacy.KeyPurpose;
import org.tandem.privacy.files.CleanUpload;
import org.tandem.privacy.files.EncryptedFileStore;
import org.tandem.privacy.files.StoredFile;
import org.tandem.privacy.files.UploadInspector;

/**
 * The optional written agreement an organization and its provider make between themselves in a cohort, uploaded as a
 * file (core spec: "organization and provider may sign their own written agreement"). It is the organization's
 * document: checked and cleaned like every upload, encrypted under the organization's keys, its name sealed likewise,
 * so the organization's purge destroys it. The organization names, among the cohort's providers, the one it made the
 * agreement with; only the organization's members, that provider's account and the cohort's coordinators see it.
 * The organization uploads and replaces it; the provider it names may replace the file too.
 */
@Service
public class PairAgreements {

	private static final Logger log = LoggerFactory.getLogger(PairAgreements.class);

	private final SpaceAccess access;

	private final PairAgreementRows rows;

	private final EncryptedFileStore files;

	private final UploadInspector uploads;

	private final Clock clock;

	PairAgreements(SpaceAccess access, PairAgreementRows rows, EncryptedFileStore files, UploadInspector uploads,
			Clock clock) {
		this.access = access;
		this.rows = rows;
		this.files = files;
		this.uploads = uploads;
		this.clock = clock;
	}

	/** What the account sees: its organization's agreement, the ones naming its provider, or (staff) every one. */
	@Transactional(readOnly = true)
	public View view(UUID cohortId, UUID accountId) {
		CohortService.Participation participation = access.enter(cohortId, accountId);
		Cohort cohort = participation.cohort();
		List<UUID> providers = cohort.presentProviders().stream().map(MemberProvider::providerId).toList();
		return switch (participation.side()) {
			case Side.Organization o -> new View(cohort, participation.side(),
					rows.of(cohortId, o.organizationId()).map(List::of).orElse(List.of()), providers);
			case Side.Provider p -> new View(cohort, participation.side(), rows.ofProvider(cohortId, p.providerId()),
					List.of());
			case Side.Staff s -> new View(cohort, participation.side(), rows.ofCohort(cohortId), List.of());
		};
	}

	/**
	 * Uploads the agreement, or replaces it. An organization's member names the provider (one taking part in the
	 * cohort now); the provider's account names the organization whose agreement (naming that provider) it replaces.
	 * {@code seenVersion} is the version the page showed (null: none yet): an agreement uploaded or replaced since is
	 * refused as stale with nothing written. Coordinators upload nothing.
	 */
	@Transactional
	public PairAgreement upload(UUID cohortId, UUID accountId, @Nullable UUID partyId, @Nullable Long seenVersion,
			String fileName, InputStream content) {
		CohortService.Participation participation = access.enter(cohortId, accountId);
		Cohort cohort = participation.cohort();
		UUID organizationId;
		UUID providerId;
		Optional<PairAgreement> existing;
		switch (participation.side()) {
			case Side.Organization o -> {
				organizationId = o.organizationId();
				if (partyId == null || cohort.presentProvider(partyId).isEmpty()) {
					throw new InvalidInput("provider", "cohort.pair.provider.unknown");
				}
				providerId = partyId;
				existing = rows.of(cohortId, organizationId);
			}
			case Side.Provider p -> {
				existing = partyId == null ? Optional.empty()
						: rows.of(cohortId, partyId).filter(a -> a.providerId().equals(p.providerId()));
				if (existing.isEmpty()) {
					throw new NotFoundException();
				}
				organizationId = partyId;
				providerId = p.providerId();
			}
			case Side.Staff s -> throw new NotFoundException();
		}
		if (cohort.status() == CohortStatus.CLOSED) {
			throw new InvalidInput("cohort", "cohort.space.closed");
		}
		long current = existing.map(PairAgreement::version).orElse(-1L);
		if ((seenVersion == null ? -1L : seenVersion) != current) {
			throw new InvalidInput("version", "cohort.pair.stale");
		}
		CleanUpload clean = uploads.inspect(fileName, content);
		StoredFile stored = files.store(organizationId, KeyPurpose.CASE, new ByteArrayInputStream(clean.content()));
		PairAgreement agreement = new PairAgreement(cohortId, organizationId, providerId, stored.id(),
				clean.safeFileName(), clean.detectedType(), clean.size(), accountId, now(), current + 1);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					files.delete(organizationId, stored.id());
				}
				else {
					existing.ifPresent(old -> files.delete(organizationId, old.fileId()));
				}
			}
		});
		if (existing.isEmpty()) {
			try {
				rows.insert(agreement);
			}
			catch (DuplicateKeyException meanwhile) {
				throw new InvalidInput("version", "cohort.pair.stale");
			}
		}
		else if (!rows.replace(agreement, current)) {
			throw new InvalidInput("version", "cohort.pair.stale");
		}
		log.info("pair agreement of organization {} in cohort {} uploaded by {}", organizationId, cohortId, accountId);
		return agreement;
	}

	/** One agreement, if the account may see it (its organization's, one naming its provider, or as coordinator). */
	@Transactional(readOnly = true)
	public PairAgreement get(UUID cohortId, UUID accountId, UUID organizationId) {
		CohortService.Participation participation = access.enter(cohortId, accountId);
		PairAgreement agreement = rows.of(cohortId, organizationId).orElseThrow(NotFoundException::new);
		boolean allowed = switch (participation.side()) {
			case Side.Organization o -> o.organizationId().equals(organizationId);
			case Side.Provider p -> p.providerId().equals(agreement.providerId());
			case Side.Staff s -> true;
		};
		if (!allowed) {
			throw new NotFoundException();
		}
		return agreement;
	}

	/** The decrypted file; not found when its bytes are gone (the organization purged). */
	public InputStream content(PairAgreement agreement) {
		return files.open(agreement.organizationId(), agreement.fileId(), KeyPurpose.CASE)
			.orElseThrow(NotFoundException::new);
	}

	private Instant now() {
		return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
	}

	/**
	 * What the page shows.
	 *
	 * @param agreements the agreements the account may see
	 * @param providers the providers an organization may name (taking part now); empty for the others
	 */
	public record View(Cohort cohort, Side side, List<PairAgreement> agreements, List<UUID> providers) {

		public View {
			agreements = List.copyOf(agreements);
			providers = List.copyOf(providers);
		}

	}

}
