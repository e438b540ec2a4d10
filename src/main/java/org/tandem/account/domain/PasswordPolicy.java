package org.tandem.account.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Passwords: 12 to 128 characters, any characters, and strong enough by the nbvcxz estimator (zxcvbn's approach with
 * its common-password and word dictionaries), judged with the person's own names as extra dictionary words. The
 * estimator holds its dictionaries only while it is used ({@link PasswordEstimator}).
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	/** 40 bits: about 10^12 estimated guesses, far beyond an online attack and slow offline against Argon2id. */
	private static final double MIN_ENTROPY_BITS = 40;

	private final PasswordEstimator estimator;

	public PasswordPolicy(PasswordEstimator estimator) {
		this.estimator = estimator;
	}

	/** The message key of the reason the password is refused, or empty if it is acceptable. */
	public Optional<String> check(String password, List<String> personalWords) {
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (length > MAX_LENGTH) {
			return Optional.of("password.tooLong");
		}
		return estimator.strongEnough(password, personalWords, MIN_ENTROPY_BITS) ? Optional.empty()
				: Optional.of("password.tooWeak");
	}

}
