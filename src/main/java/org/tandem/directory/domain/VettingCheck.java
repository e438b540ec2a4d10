package org.tandem.directory.domain;

import java.util.Set;

/**
 * Where a provider stands against the vetting requirements: enough vouches, at least one not from hub staff, every
 * agreement accepted in its current version, a data-retention practice compatible with the hub's, referees given.
 * Staff see this list on the provider's page, so they know why a provider can or cannot be vetted yet.
 */
public record VettingCheck(int vouches, int minimumVouches, int vouchesNotFromStaff, Set<Agreement> agreementsMissing,
		boolean retentionCompatible) {

	public VettingCheck {
		agreementsMissing = Set.copyOf(agreementsMissing);
	}

	public boolean enoughVouches() {
		return vouches >= minimumVouches;
	}

	public boolean vouchNotFromStaff() {
		return vouchesNotFromStaff >= 1;
	}

	public boolean agreementsAccepted() {
		return agreementsMissing.isEmpty();
	}

	public boolean met() {
		return enoughVouches() && vouchNotFromStaff() && agreementsAccepted() && retentionCompatible;
	}

}
