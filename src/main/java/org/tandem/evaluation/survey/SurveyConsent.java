package org.tandem.evaluation.survey;

import java.util.UUID;

/**
 * Whether an organization's or a provider's answers may be counted (in the tally) at all. Until the organization's own
 * door for it is merged, read through this small interface (see {@link JdbcSurveyConsent}).
 */
public interface SurveyConsent {

	boolean organizationCounted(UUID organizationId);

	boolean providerCounted(UUID providerId);

}
