package org.tandem.account.persistence;

import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.TimeZonePreferences;
import org.tandem.platform.TimeZones;

/**
 * The zone each account reads times in: a clear column beside the account (a preference, not identifying), read by
 * primary key once per page.
 */
@Repository
class AccountTimeZones implements TimeZonePreferences {

	private final JdbcClient jdbc;

	AccountTimeZones(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<ZoneId> zoneOf(UUID accountId) {
		return jdbc.sql("select time_zone from account where id = :id")
			.param("id", accountId)
			.query((rs, n) -> Optional.ofNullable(rs.getString(1)))
			.optional()
			.flatMap(zone -> zone)
			.filter(TimeZones::known)
			.map(ZoneId::of);
	}

	@Override
	public void choose(UUID accountId, @Nullable String zoneId) {
		if (zoneId != null && !TimeZones.known(zoneId)) {
			throw new InvalidInput("timeZone", "account.timeZone.unknown");
		}
		jdbc.sql("update account set time_zone = :zone where id = :id")
			.param("zone", zoneId)
			.param("id", accountId)
			.update();
	}

}
