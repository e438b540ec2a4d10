package org.tandem.cohort;

import java.util.UUID;

/** Whom an account speaks for in a cohort: a member organization, a member provider, or the hub as a coordinator. */
public sealed interface Side {

	record Organization(UUID organizationId) implements Side {
	}

	record Provider(UUID providerId) implements Side {
	}

	record Staff() implements Side {
	}

}
