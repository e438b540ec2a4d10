package org.tandem.account.persistence;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.privacy.KeyPurpose;
import org.tandem.privacy.Place;
import org.tandem.privacy.Sealer;

/**
 * Seals TOTP secrets stored in plain text by versions before the privacy module, then empties the plain column.
 * Runs at every start, before the web server accepts requests (so no account is ever seen without its factor), and
 * does nothing once no plain secret is left.
 */
@Component
class LegacyTotpSecrets implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(LegacyTotpSecrets.class);

	private final JdbcClient jdbc;

	private final Sealer sealer;

	private final TransactionTemplate transactions;

	LegacyTotpSecrets(JdbcClient jdbc, Sealer sealer, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.sealer = sealer;
		this.transactions = transactions;
	}

	@Override
	public void afterSingletonsInstantiated() {
		transactions.executeWithoutResult(status -> sealLegacySecrets());
	}

	void sealLegacySecrets() {
		// An account that enrolled again since keeps its new, sealed secret; the old plain one just goes.
		jdbc.sql("update account set totp_secret = null where totp_secret is not null and totp_secret_sealed is not null")
			.update();
		List<Legacy> legacy = jdbc.sql("select id, totp_secret from account where totp_secret is not null")
			.query((rs, n) -> new Legacy(rs.getObject("id", UUID.class), rs.getString("totp_secret")))
			.list();
		for (Legacy account : legacy) {
			Place place = new Place("account", "totp_secret_sealed", account.id().toString(), account.id());
			byte[] sealed = sealer.seal(place, KeyPurpose.IDENTIFYING, account.secret().getBytes(StandardCharsets.UTF_8));
			// Only where no sealed secret exists: one enrolled since must not be overwritten by the old one.
			jdbc.sql("update account set totp_secret_sealed = :sealed, totp_secret = null"
					+ " where id = :id and totp_secret_sealed is null")
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
