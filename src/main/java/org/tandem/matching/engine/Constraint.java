package org.tandem.matching.engine;

import java.util.Locale;

/**
 * The hard constraints, in the order they are reported. A provider failing any of them is excluded and never
 * recommended. The hub's own constraints staff can still override, with a recorded reason; the organization's own
 * exclusions ({@link #byOrganization()}) nobody can.
 */
public enum Constraint {

	/** Vetted, active and the vetting not expired. */
	STANDING,
	/** Not paused, and not on a dated pause over every day until the work must start. */
	PAUSED,
	/** A free engagement slot. */
	CAPACITY,
	/** At least one shared working language, unless the organization accepted interpretation. */
	LANGUAGE,
	/** Every service the request must have is offered. */
	SERVICES,
	/** No declared conflict of interest with the organization or its sector. */
	CONFLICT,
	/** The organization did not ask to keep away from this provider. */
	EXCLUDED,
	/** No jurisdiction of the provider is one the organization excludes. */
	JURISDICTION,
	/** A contact channel both sides can use. */
	CHANNEL;

	public String messageKey() {
		return "matching.constraint." + name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Whether the organization set this constraint itself ("do not offer my request to these providers", or to
	 * providers under these jurisdictions): absolute, never overridden. The others are the hub's.
	 */
	public boolean byOrganization() {
		return this == EXCLUDED || this == JURISDICTION;
	}

	int bit() {
		return 1 << ordinal();
	}

}
