package org.tandem.account.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.Configuration;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.scoring.Result;

/**
 * Passwords: 12 to 128 characters, any characters, and strong enough by the nbvcxz estimator (zxcvbn's approach with
 * its common-password and word dictionaries), judged with the person's own names as extra dictionary words.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	/** 40 bits: about 10^12 estimated guesses, far beyond an online attack and slow offline against Argon2id. */
	private static final double MIN_ENTROPY_BITS = 40;

	/** The message key of the reason the password is refused, or empty if it is acceptable. */
	public Optional<String> check(String password, List<String> personalWords) {
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (length > MAX_LENGTH) {
			return Optional.of("password.tooLong");
		}
		Configuration configuration = new ConfigurationBuilder()
			.setMinimumEntropy(MIN_ENTROPY_BITS)
			.setDictionaries(withPersonal(personalWords))
			.createConfiguration();
		Result result = new Nbvcxz(configuration).estimate(password);
		return result.isMinimumEntropyMet() ? Optional.empty() : Optional.of("password.tooWeak");
	}

	private static List<me.gosimple.nbvcxz.resources.Dictionary> withPersonal(List<String> personalWords) {
		List<me.gosimple.nbvcxz.resources.Dictionary> dictionaries = new java.util.ArrayList<>(
				ConfigurationBuilder.getDefaultDictionaries());
		var builder = new me.gosimple.nbvcxz.resources.DictionaryBuilder().setDictionaryName("personal")
			.setExclusion(true);
		personalWords.stream()
			.filter(w -> w != null && !w.isBlank())
			.forEach(w -> builder.addWord(w.toLowerCase(java.util.Locale.ROOT), 0));
		dictionaries.add(builder.createDictionary());
		return dictionaries;
	}

}
