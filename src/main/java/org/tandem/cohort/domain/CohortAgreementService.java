package org.tandem.cohort.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.cohort.CohortAgreements.Kind;
import org.tandem.cohort.persistence.AgreementSignatureRows;
import org.tandem.cohort.persistence.AgreementTextRows;
import org.tandem.directory.Providers;
import org.tandem.organization.Organizations;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;

/**
 * The hub's agreements: administrators publish versions (every language at once, never changed afterwards), and
 * members of organizations and providers sign the current version on their party's behalf. Who may sign for whom is
 * decided here from the account alone: an organization the account is a member of, the provider it speaks for.
 */
@Service
public class CohortAgreementService {

	private static final Logger LOG = LoggerFactory.getLogger(CohortAgreementService.class);

	private final AgreementTextRows texts;

	private final AgreementSignatureRows signatures;

	private final Organizations organizations;

	private final Providers providers;

	private final Clock clock;

	CohortAgreementService(AgreementTextRows texts, AgreementSignatureRows signatures, Organizations organizations,
			Providers providers, Clock clock) {
		this.texts = texts;
		this.signatures = signatures;
		this.organizations = organizations;
		this.providers = providers;
		this.clock = clock;
	}

	// --- texts ------------------------------------------------------------------------------------------------------

	/** The version to sign now: the newest published; empty before the first. */
	@Transactional(readOnly = true)
	public Optional<AgreementText> current(Kind kind) {
		int latest = texts.latestNumber(kind);
		return latest == 0 ? Optional.empty() : texts.text(kind, latest);
	}

	/** The kind's versions, newest first. */
	@Transactional(readOnly = true)
	public List<AgreementVersion> versions(Kind kind) {
		return texts.versions(kind);
	}

	/** One version with its texts; "not found" for a version that was never published. */
	@Transactional(readOnly = true)
	public AgreementText version(Kind kind, int number) {
		return texts.text(kind, number).orElseThrow(NotFoundException::new);
	}

	/**
	 * Publishes the next version of the kind with its texts (all five languages). {@code basedOn} is the version the
	 * administrator's page started from (0 for none): if another was published since, nothing is written and the
	 * administrator is told, so a text is never published over one they did not see.
	 */
	@Transactional
	public AgreementVersion publish(Kind kind, Map<String, String> typed, int basedOn, UUID adminId) {
		Map<String, String> checked = AgreementText.checked(typed);
		int latest = texts.latestNumber(kind);
		if (basedOn != latest) {
			throw new InvalidInput("basedOn", "cohort.agreement.publishedMeanwhile");
		}
		AgreementVersion version = new AgreementVersion(kind, latest + 1, clock.instant(), adminId);
		try {
			texts.insert(new AgreementText(version, checked));
		}
		catch (DuplicateKeyException meanwhile) {
			throw new InvalidInput("basedOn", "cohort.agreement.publishedMeanwhile");
		}
		LOG.info("Agreement {} version {} published by {}", kind, version.number(), adminId);
		return version;
	}

	// --- signing ----------------------------------------------------------------------------------------------------

	/** What signing did. */
	public enum Signed {
		SIGNED, ALREADY
	}

	/**
	 * The parties the account may sign for: each organization it is a member of (in the order it was added), then the
	 * provider it speaks for if that provider is vetted (vetted, active or paused).
	 */
	@Transactional(readOnly = true)
	public List<AgreementParty> partiesOf(UUID accountId) {
		List<AgreementParty> parties = new ArrayList<>();
		organizations.ofMember(accountId).forEach(id -> parties.add(AgreementParty.organization(id)));
		providers.providerOf(accountId)
			.filter(provider -> providers.accountOf(provider).filter(accountId::equals).isPresent())
			.filter(provider -> providers.candidate(provider).filter(c -> c.status().isVetted()).isPresent())
			.ifPresent(provider -> parties.add(AgreementParty.provider(provider)));
		return parties;
	}

	/** The party with this id if the account may sign for it; "not found" otherwise. */
	@Transactional(readOnly = true)
	public AgreementParty partyOf(UUID accountId, UUID partyId) {
		return partiesOf(accountId).stream()
			.filter(p -> p.id().equals(partyId))
			.findFirst()
			.orElseThrow(NotFoundException::new);
	}

	/**
	 * Signs the version of the kind, in the language, for the party: refused when the account may not sign for the
	 * party or the party does not sign this kind ("not found"), when the language is not one of the five, when
	 * nothing is published, or when the version is no longer the current one (the page was stale): nothing is written
	 * then. Signing a version the party already signed changes nothing.
	 */
	public Signed sign(UUID accountId, UUID partyId, Kind kind, int number, @Nullable String language) {
		AgreementParty party = partyOf(accountId, partyId);
		if (!party.signs(kind)) {
			throw new NotFoundException();
		}
		if (!AgreementText.shipped(language)) {
			throw new InvalidInput("language", "cohort.agreement.languageUnknown");
		}
		AgreementText current = current(kind).orElseThrow(() -> new InvalidInput("version",
				"cohort.agreement.nothingToSign"));
		if (current.version().number() != number) {
			throw new InvalidInput("version", "cohort.agreement.stale");
		}
		if (signatures.signed(party, kind, number)) {
			return Signed.ALREADY;
		}
		try {
			// one statement, atomic on its own; the unique index settles two members signing at the same moment
			signatures.insert(AgreementSignature.of(current, language, accountId, party, clock.instant()));
		}
		catch (DuplicateKeyException sameMoment) {
			return Signed.ALREADY;
		}
		LOG.info("Agreement {} version {} signed for {} {} by {}", kind, number, party.side(), party.id(), accountId);
		return Signed.SIGNED;
	}

	/** Where the party stands with each kind it signs. */
	@Transactional(readOnly = true)
	public AgreementStanding.Sheet sheet(AgreementParty party) {
		List<AgreementSignature> signed = signatures.of(party);
		List<AgreementStanding> standings = party.kinds().stream().map(kind -> {
			AgreementVersion current = texts.versions(kind).stream().findFirst().orElse(null);
			AgreementSignature latest = signed.stream()
				.filter(s -> s.kind() == kind)
				.max(Comparator.comparingInt(AgreementSignature::version))
				.orElse(null);
			return new AgreementStanding(kind, current, latest);
		}).toList();
		return new AgreementStanding.Sheet(party, standings);
	}

	/** Every signature of the party, with the texts as signed, by kind then newest version first. */
	@Transactional(readOnly = true)
	public List<AgreementSignature> signaturesOf(AgreementParty party) {
		return signatures.of(party);
	}

	/** The kinds the party signed at some version. */
	@Transactional(readOnly = true)
	public List<Kind> signedKinds(AgreementParty party) {
		return signatures.signedKinds(party);
	}

	// --- staff -------------------------------------------------------------------------------------------------------

	/** How many signatures staff's list shows at once. */
	public static final int PAGE_SIZE = 50;

	/** A page of staff's list and the cursor of the next one (null on the last). */
	public record SignaturePage(List<AgreementSignatureLine> lines, @Nullable String next) {

		public SignaturePage {
			lines = List.copyOf(lines);
		}

	}

	/** Every signature, newest first, a page at a time from a cursor (blank or unreadable: the first page). */
	@Transactional(readOnly = true)
	public SignaturePage newest(@Nullable String after) {
		java.time.Instant at = null;
		UUID id = null;
		List<String> keys = org.tandem.platform.Cursors.decode(after == null ? "" : after, 2).orElse(List.of());
		if (!keys.isEmpty()) {
			try {
				at = java.time.Instant.parse(keys.get(0));
				id = UUID.fromString(keys.get(1));
			}
			catch (RuntimeException unreadable) {
				at = null;
				id = null;
			}
		}
		List<AgreementSignatureLine> lines = signatures.newest(at, id, PAGE_SIZE + 1);
		if (lines.size() <= PAGE_SIZE) {
			return new SignaturePage(lines, null);
		}
		AgreementSignatureLine last = lines.get(PAGE_SIZE - 1);
		return new SignaturePage(lines.subList(0, PAGE_SIZE),
				org.tandem.platform.Cursors.encode(last.signedAt().toString(), last.id().toString()));
	}

}
