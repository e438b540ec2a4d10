package org.tandem.support;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tandem.account.domain.Account;
import org.tandem.account.domain.Totp;
import org.tandem.account.persistence.AccountRepository;
import org.tandem.platform.Role;

/** Accounts for tests, created directly, each with a fresh name so tests never meet each other's data. */
@TestComponent
public class AccountFixtures {

	public static final String PASSWORD = "Quiet river, 93 paper lanterns!";

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	public AccountFixtures(AccountRepository accounts, PasswordEncoder passwordEncoder) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
	}

	/** An account with these roles; with a TOTP secret enrolled when {@code totp} is true. */
	public Person create(boolean totp, Role... roles) {
		String username = "user" + COUNTER.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6);
		Account account = Account.create(username, "Test " + username, username + "@example.org",
				passwordEncoder.encode(PASSWORD), Set.of(roles), false, Instant.now());
		String secret = null;
		if (totp) {
			secret = Totp.newSecret();
			account.enrollTotp(secret, Totp.stepAt(Instant.now()) - 5);
		}
		accounts.save(account);
		return new Person(account.id(), username, secret);
	}

	/** Signs a visitor in completely: password, then the current TOTP code if the account has one. */
	public static WebSession.Page signIn(WebSession web, Person person) {
		web.get("/login");
		WebSession.Page page = web.post("/login", Map.of("username", person.username(), "password", PASSWORD));
		if (page.redirect().startsWith("/login/second-factor")) {
			web.get("/login/second-factor");
			page = web.post("/login/second-factor", Map.of("code", person.currentCode()));
		}
		return page;
	}

	/** Enrolls an authenticator app through the pages: reads the key the page shows and answers with its code. */
	public static EnrolledTotp enrollTotp(WebSession web) {
		WebSession.Page page = web.get("/account/security/enroll");
		String secret = page.html().selectFirst("code.secret").text().replace(" ", "");
		WebSession.Page result = web.post("/account/security/enroll/totp",
				Map.of("code", Totp.codeAt(secret, Totp.stepAt(Instant.now()))));
		return new EnrolledTotp(page, secret, result);
	}

	public record EnrolledTotp(WebSession.Page enrollPage, String secret, WebSession.Page result) {
	}

	public record Person(UUID id, String username, String totpSecret) {

		public String currentCode() {
			return Totp.codeAt(totpSecret, Totp.stepAt(Instant.now()));
		}

	}

}
