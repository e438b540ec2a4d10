package org.tandem.audit.catalog;

/** Whether an activity can be done at a distance: not at all, with someone on site helping, in part, or fully. */
public enum RemoteOption {

	NOT_REMOTE, WITH_SUPPORT, PARTLY, FULLY;

	/** The key of its name in the message bundles. */
	public String messageKey() {
		return "audit.remote." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
