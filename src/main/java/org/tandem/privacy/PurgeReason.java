package org.tandem.privacy;

/**
 * Why a purge was done, as its receipt names it ({@code receipt.reason.<value>} in every language). The value is what
 * the purge record keeps.
 */
public enum PurgeReason {

	/** The organization asked for its data to be destroyed. */
	ORGANIZATION_REQUEST("organization-request"),
	/** Hub staff destroyed it. */
	STAFF("staff"),
	/** Its retention period ended. */
	RETENTION("retention"),
	/** Applied again after a restore from backup brought back rows of a purge. */
	RESTORE("restore"),
	/** The requester withdrew the request. */
	REQUESTER_WITHDREW("requester-withdrew"),
	/** An anonymous request, once contact with a provider was confirmed. */
	CONTACT_CONFIRMED("contact-confirmed"),
	/** An open request nobody acted on for the inactivity period. */
	INACTIVE("inactive"),
	/** Staff erased an offboarded provider. */
	PROVIDER_ERASED("provider-erased");

	private final String value;

	PurgeReason(String value) {
		this.value = value;
	}

	public String value() {
		return value;
	}

	public String messageKey() {
		return "receipt.reason." + value;
	}

}
