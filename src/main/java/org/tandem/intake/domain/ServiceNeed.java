package org.tandem.intake.domain;

import java.util.Locale;

/**
 * Services a needs assessment can name: the directory's services taxonomy ({@code directory/services.csv}), code for
 * code and in its order, so that the assessment, matching, provider profiles and offers speak one vocabulary. Names
 * are the taxonomy's ({@code directory.service.*}); {@code DirectoryTests} fails when the two lists part.
 */
public enum ServiceNeed {

	SECURITY_AUDIT, THREAT_MODELLING, TRAINING, ACCOUNT_SECURITY, DEVICE_SECURITY, SECURE_COMMUNICATION,
	DATA_PROTECTION, WEBSITE_PROTECTION, INCIDENT_RESPONSE, DIGITAL_FORENSICS, POLICY_DEVELOPMENT, PHYSICAL_SECURITY,
	PSYCHOSOCIAL_SUPPORT, LEGAL_SUPPORT;

	/** The taxonomy's name of the service. */
	public String messageKey() {
		return "directory.service." + name().toLowerCase(Locale.ROOT);
	}

	/** The taxonomy's one-line description of the service. */
	public String hintKey() {
		return messageKey() + ".hint";
	}

}
