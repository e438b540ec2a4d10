package org.tandem.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.tandem.account.domain.PasswordEstimator;
import org.tandem.account.domain.PasswordPolicy;

/** The password rules and the Argon2id parameters actually written into stored hashes. */
class PasswordTests {

	final PasswordPolicy policy = new PasswordPolicy(new PasswordEstimator(Clock.systemUTC()));

	@Test
	void refusesShortLongCommonAndPersonalPasswords() {
		assertThat(policy.check("Tr0ub4dor&3", List.of())).contains("password.tooShort");
		assertThat(policy.check("a".repeat(129), List.of())).contains("password.tooLong");
		assertThat(policy.check("password1234", List.of())).contains("password.tooWeak");
		assertThat(policy.check("qwertyuiop123", List.of())).contains("password.tooWeak");
		assertThat(policy.check("iloveyou2024!", List.of())).contains("password.tooWeak");
		assertThat(policy.check("marianasilva1990", List.of("marianasilva"))).contains("password.tooWeak");
	}

	@Test
	void acceptsLongPassphrasesAndAnyCharacters() {
		assertThat(policy.check("Quiet river, 93 paper lanterns!", List.of())).isEmpty();
		assertThat(policy.check("فانوس ورقي على نهر هادئ ٩٣", List.of())).isEmpty();
		assertThat(policy.check("x7#Lq!9vR2@mZ4pK".repeat(4), List.of())).isEmpty();
	}

	@Test
	void hashesWithArgon2idAtTheOwaspBaseline() {
		var encoder = org.tandem.account.security.PasswordHashing.argon2id();
		String hash = encoder.encode("Quiet river, 93 paper lanterns!");
		assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
		assertThat(encoder.matches("Quiet river, 93 paper lanterns!", hash)).isTrue();
		assertThat(encoder.matches("quiet river, 93 paper lanterns!", hash)).isFalse();
		assertThat(encoder).isInstanceOf(Argon2PasswordEncoder.class);
	}

}
