package org.tandem.audit;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.tandem.audit.catalog.RemoteOption;

/**
 * Where an audit is done: in place, at a distance with someone of the organization helping on site, or wholly at a
 * distance. It decides which activities fit: an activity fits when one of its remote options is allowed here.
 */
public enum AuditSetting {

	IN_PLACE(EnumSet.allOf(RemoteOption.class)),

	REMOTE_WITH_SUPPORT(EnumSet.of(RemoteOption.WITH_SUPPORT, RemoteOption.PARTLY, RemoteOption.FULLY)),

	REMOTE(EnumSet.of(RemoteOption.FULLY));

	private final Set<RemoteOption> allowed;

	AuditSetting(Set<RemoteOption> allowed) {
		this.allowed = allowed;
	}

	/** Whether an activity with these remote options can be done in this setting (unknown options fit in place only). */
	public boolean fits(Set<RemoteOption> options) {
		if (options.isEmpty()) {
			return this == IN_PLACE;
		}
		return options.stream().anyMatch(allowed::contains);
	}

	public String messageKey() {
		return "audit.setting." + name().toLowerCase(Locale.ROOT);
	}

}
