package org.tandem.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.account.domain.Totp;
import org.tandem.account.persistence.AccountRepository;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures;

/** TOTP secrets stored in plain text by an earlier version are sealed at start-up and the plain copy removed. */
@SpringBootTest
@Import(AccountFixtures.class)
class LegacyTotpSecretsTests {

	@Autowired
	AccountFixtures fixtures;

	@Autowired
	AccountRepository accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void plainSecretsAreSealedAndErased() throws Exception {
		var person = fixtures.create(false, Role.STAFF);
		String secret = Totp.newSecret();
		jdbc.sql("update account set totp_secret = :secret, totp_secret_sealed = null where id = :id")
			.param("secret", secret)
			.param("id", person.id())
			.update();

		var reenrolled = fixtures.create(true, Role.STAFF);
		jdbc.sql("update account set totp_secret = :old where id = :id")
			.param("old", Totp.newSecret())
			.param("id", reenrolled.id())
			.update();

		((SmartInitializingSingleton) context.getBean("legacyTotpSecrets")).afterSingletonsInstantiated();

		assertThat(accounts.findById(reenrolled.id()).orElseThrow().totpSecret()).isEqualTo(reenrolled.totpSecret());
		assertThat(jdbc.sql("select totp_secret from account where id = :id").param("id", reenrolled.id())
			.query(String.class).optional()).isEmpty();

		assertThat(jdbc.sql("select totp_secret from account where id = :id").param("id", person.id())
			.query(String.class).optional()).isEmpty();
		byte[] sealed = jdbc.sql("select totp_secret_sealed from account where id = :id")
			.param("id", person.id())
			.query(byte[].class)
			.single();
		assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(secret);
		assertThat(accounts.findById(person.id()).orElseThrow().totpSecret()).isEqualTo(secret);
	}

}
