package org.tandem.cohort;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The hub's cohort agreements, as the rest of the module asks about them: whether an organization (through one of its
 * members) signed each agreement at some version, whether a provider signed the confidentiality agreement, what an
 * organization still has to sign, and its signatures for a staff board (ids only, nothing opened).
 */
public interface CohortAgreements {

	/** Whether each of the three kinds was signed, at some version, by one of the organization's members. */
	boolean organizationSignedAll(UUID organizationId);

	/** Whether the provider signed the confidentiality and disclosure agreement, at some version. */
	boolean providerSigned(UUID providerId);

	/**
	 * Whether the side has signed what it signs before entering a cohort's space: an organization the three, a
	 * provider the confidentiality agreement (each at some version); the hub's staff sign nothing.
	 */
	default boolean signed(Side side) {
		return switch (side) {
			case Side.Organization o -> organizationSignedAll(o.organizationId());
			case Side.Provider p -> providerSigned(p.providerId());
			case Side.Staff s -> true;
		};
	}

	/** The kinds the organization has never signed at any version, in the order of {@link Kind}. */
	List<Kind> missingFor(UUID organizationId);

	/** The organization's signatures, by kind then newest version first. */
	List<Signature> signaturesOf(UUID organizationId);

	/** The hub's agreements: who signs each one. */
	enum Kind {

		/** The hub's memorandum of understanding: organizations sign it. */
		MOU(true, false),
		/** The cohort addendum: organizations sign it. */
		COHORT_ADDENDUM(true, false),
		/** The confidentiality and disclosure agreement: organizations and providers sign it. */
		CONFIDENTIALITY(true, true);

		private final boolean organizations;

		private final boolean providers;

		Kind(boolean organizations, boolean providers) {
			this.organizations = organizations;
			this.providers = providers;
		}

		public boolean signedByOrganizations() {
			return organizations;
		}

		public boolean signedByProviders() {
			return providers;
		}

		/** The kind as it appears in addresses: {@code mou}, {@code cohort-addendum}, {@code confidentiality}. */
		public String slug() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

		public static Optional<Kind> ofSlug(String slug) {
			for (Kind kind : values()) {
				if (kind.slug().equals(slug)) {
					return Optional.of(kind);
				}
			}
			return Optional.empty();
		}

		/** The key of the agreement's name in the message bundles. */
		public String messageKey() {
			return "cohort.agreement.kind." + slug();
		}

	}

	/**
	 * One signature of an organization: the kind and version signed, the language of the text signed, when, by which
	 * account, and whether the version is still the current one.
	 */
	record Signature(Kind kind, int version, String language, Instant signedAt, UUID accountId, UUID organizationId,
			boolean current) {
	}

}
