package org.tandem.account.domain;

import org.tandem.platform.InvalidInput;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.persistence.AccountRepository;
import org.tandem.account.persistence.Passkeys;
import org.tandem.account.persistence.RecoveryCodes;
import org.tandem.account.persistence.SecurityEvents;
import org.tandem.platform.NotFoundException;

/** TOTP enrollment and checks, recovery codes, and removing factors without leaving a required one missing. */
@Service
public class SecondFactorService {

	public static final int RECOVERY_CODE_COUNT = 10;

	private final AccountRepository accounts;

	private final RecoveryCodes recoveryCodes;

	private final Passkeys passkeys;

	private final SecurityEvents events;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	SecondFactorService(AccountRepository accounts, RecoveryCodes recoveryCodes, Passkeys passkeys,
			SecurityEvents events, PasswordEncoder passwordEncoder, Clock clock) {
		this.accounts = accounts;
		this.recoveryCodes = recoveryCodes;
		this.passkeys = passkeys;
		this.events = events;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	public boolean enrolled(Account account) {
		return account.totpEnrolled() || passkeys.any(account.username());
	}

	public int unusedRecoveryCodes(UUID accountId) {
		return recoveryCodes.unused(accountId).size();
	}

	/**
	 * Confirms a new authenticator with a code it shows. Returns fresh recovery codes when this is the account's
	 * first second factor (the page shows them once), otherwise an empty list.
	 */
	@Transactional
	public List<String> enrollTotp(UUID accountId, String secret, String code) {
		Account account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
		OptionalLong step = Totp.matchingStep(secret, code, clock.instant());
		if (step.isEmpty()) {
			throw new InvalidInput("code", "totp.invalid");
		}
		boolean first = !enrolled(account);
		account.enrollTotp(secret, step.getAsLong());
		accounts.save(account);
		events.record(SecurityEventKind.TOTP_ENROLLED, accountId, accountId, null);
		return first || recoveryCodes.unused(accountId).isEmpty() ? newRecoveryCodes(accountId) : List.of();
	}

	/** Checks a TOTP code at sign-in; each code works once. */
	@Transactional
	public boolean verifyTotp(UUID accountId, String code) {
		Account account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
		if (account.totpSecret() == null) {
			return false;
		}
		OptionalLong step = Totp.matchingStep(account.totpSecret(), code, clock.instant());
		if (step.isEmpty() || !account.useTotpStep(step.getAsLong())) {
			return false;
		}
		accounts.save(account);
		return true;
	}

	/** Checks a recovery code; a matching code is used up. */
	@Transactional
	public boolean useRecoveryCode(UUID accountId, String code) {
		String normalized = code.strip().toLowerCase(java.util.Locale.ROOT);
		for (var candidate : recoveryCodes.unused(accountId)) {
			if (passwordEncoder.matches(normalized, candidate.hash())) {
				boolean used = recoveryCodes.use(candidate.id(), clock.instant());
				if (used) {
					events.record(SecurityEventKind.RECOVERY_CODE_USED, accountId, accountId, null);
				}
				return used;
			}
		}
		return false;
	}

	/** Ten new codes; the old ones stop working. */
	@Transactional
	public List<String> newRecoveryCodes(UUID accountId) {
		List<String> codes = new ArrayList<>();
		List<String> hashes = new ArrayList<>();
		for (int i = 0; i < RECOVERY_CODE_COUNT; i++) {
			String code = SecretTokens.newRecoveryCode();
			codes.add(code);
			hashes.add(passwordEncoder.encode(code));
		}
		recoveryCodes.replace(accountId, hashes);
		events.record(SecurityEventKind.RECOVERY_CODES_GENERATED, accountId, accountId, null);
		return codes;
	}

	@Transactional
	public void removeTotp(UUID accountId) {
		Account account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
		if (!account.totpEnrolled()) {
			return;
		}
		if (account.secondFactorRequired() && !passkeys.any(account.username())) {
			throw new InvalidInput("totp", "security.lastFactorRequired");
		}
		account.removeTotp();
		accounts.save(account);
		events.record(SecurityEventKind.TOTP_REMOVED, accountId, accountId, null);
		if (!enrolled(account)) {
			recoveryCodes.deleteAll(accountId);
		}
	}

	@Transactional
	public void removePasskey(UUID accountId, String credentialId) {
		Account account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
		boolean other = account.totpEnrolled() || passkeys.ofUser(account.username()).size() > 1;
		if (account.secondFactorRequired() && !other) {
			throw new InvalidInput("passkey", "security.lastFactorRequired");
		}
		if (!passkeys.delete(account.username(), credentialId)) {
			throw new NotFoundException();
		}
		events.record(SecurityEventKind.PASSKEY_REMOVED, accountId, accountId, null);
		if (!enrolled(account)) {
			recoveryCodes.deleteAll(accountId);
		}
	}

}
