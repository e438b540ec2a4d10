package org.tandem.intake.domain;

import java.util.Locale;

/** The risk staff see for the organization, recorded in the needs assessment. */
public enum RiskLevel {

	LOW, MODERATE, HIGH, SEVERE;

	public String messageKey() {
		return "intake.risk." + name().toLowerCase(Locale.ROOT);
	}

}
