package org.tandem.account.persistence;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.privacy.KeyPurpose;
import org.tandem.privacy.Place;
import org.tandem.privacy.Sealer;

/**
 * Seals TOTP secrets stored in plain text by versions before the privacy module, then empties the plain column.
 * Runs at every start and does nothing once no plain secret is left.
 */
@Component
class LegacyTotpSecrets implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(LegacyTotpSecrets.class);

	private final JdbcClient jdbc;

	private final Sealer sealer;

	LegacyTotpSecrets(JdbcClient jdbc, Sealer sealer) {
		this.jdbc = jdbc;
		this.sealer = sealer;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		List<Legacy> legacy = jdbc.sql("select id, totp_secret from account where totp_secret is not null")
			.query((rs, n) -> new Legacy(rs.getObject("id", UUID.class), rs.getString("totp_secret")))
			.list();
		for (Legacy account : legacy) {
			Place place = new Place("account", "totp_secret_sealed", account.id().toString(), account.id());
			byte[] sealed = sealer.seal(place, KeyPurpose.IDENTIFYING, account.secret().getBytes(StandardCharsets.UTF_8));
			jdbc.sql("update account set totp_secret_sealed = :sealed, totp_secret = null where id = :id")
				.param("sealed", sealed)
				.param("id", account.id())
				.update();
		}
		if (!legacy.isEmpty()) {
			log.info("Sealed {} TOTP secrets stored by an earlier version", legacy.size());
		}
	}

	private record Legacy(UUID id, String secret) {
	}

}
