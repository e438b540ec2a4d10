package org.tandem.intake.domain;

import java.util.Locale;

/** Services a needs assessment can name; the matching engine compares them with what providers offer. */
public enum ServiceNeed {

	INCIDENT_RESPONSE, ACCOUNT_SECURITY, DEVICE_SECURITY, WEBSITE_PROTECTION, SECURITY_AUDIT, THREAT_MODELLING, TRAINING, POLICY_DEVELOPMENT, SECURE_COMMUNICATION, DATA_PROTECTION;

	public String messageKey() {
		return "intake.service." + name().toLowerCase(Locale.ROOT);
	}

}
