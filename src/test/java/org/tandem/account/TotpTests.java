package org.tandem.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tandem.account.domain.Account;
import org.tandem.account.domain.Totp;
import org.tandem.platform.Role;

/** TOTP against the RFC 6238 test vectors, and the rule that a code works once. */
class TotpTests {

	/** RFC 6238 appendix B: the SHA-1 secret is the ASCII string "12345678901234567890". */
	static final String RFC_SECRET = Totp.secretOf("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

	@Test
	void matchesTheRfc6238Vectors() {
		// The RFC gives eight digits; six-digit codes are the last six of the same truncation.
		assertThat(Totp.codeAt(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(59)))).isEqualTo("287082");
		assertThat(Totp.codeAt(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
		assertThat(Totp.codeAt(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(1234567890)))).isEqualTo("005924");
		assertThat(Totp.codeAt(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(2000000000)))).isEqualTo("279037");
	}

	@Test
	void acceptsOneStepOfClockDriftAndNoMore() {
		Instant now = Instant.ofEpochSecond(1111111109);
		long step = Totp.stepAt(now);
		assertThat(Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, step - 1), now)).hasValue(step - 1);
		assertThat(Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, step + 1), now)).hasValue(step + 1);
		assertThat(Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, step + 2), now)).isEmpty();
		assertThat(Totp.matchingStep(RFC_SECRET, "12345", now)).isEmpty();
		assertThat(Totp.matchingStep(RFC_SECRET, "abcdef", now)).isEmpty();
		assertThat(Totp.matchingStep(RFC_SECRET, "081 804", now)).hasValue(step);
	}

	@Test
	void aStepIsAcceptedOnceAndNeverAnOlderOne() {
		Account account = Account.create("someone", "Someone", null, "hash", Set.of(Role.STAFF), false, Instant.now());
		account.enrollTotp(Totp.newSecret(), 100);
		assertThat(account.useTotpStep(100)).isFalse();
		assertThat(account.useTotpStep(101)).isTrue();
		assertThat(account.useTotpStep(101)).isFalse();
		assertThat(account.useTotpStep(99)).isFalse();
		assertThat(account.useTotpStep(102)).isTrue();
	}

	@Test
	void secretsAreRandomAndCarry160Bits() {
		String one = Totp.newSecret();
		assertThat(one).hasSize(32).matches("[A-Z2-7]+").isNotEqualTo(Totp.newSecret());
		assertThat(Totp.uri("Hub X", "ana", one)).startsWith("otpauth://totp/Hub%20X:ana?secret=" + one);
		assertThat(RFC_SECRET).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
	}

}
