package org.tandem.account.domain;

import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.account.persistence.OneTimeLinks;
import org.tandem.platform.AbsoluteLinks;
import org.tandem.platform.Role;
import org.tandem.platform.TandemProperties;

/**
 * On a start with no account yet, prints a one-time set-up link for the first administrator (there is never a default
 * password). With demo data switched on, creates one demo account per role with random passwords printed once.
 */
@Component
public class FirstRun {

	private static final Logger log = LoggerFactory.getLogger(FirstRun.class);

	private final AccountService accounts;

	private final OneTimeLinks links;

	private final TandemProperties properties;

	private final AbsoluteLinks absoluteLinks;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private volatile @Nullable String printedLink;

	FirstRun(AccountService accounts, OneTimeLinks links, TandemProperties properties, AbsoluteLinks absoluteLinks,
			TransactionTemplate transactions, Clock clock) {
		this.accounts = accounts;
		this.links = links;
		this.properties = properties;
		this.absoluteLinks = absoluteLinks;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Runs before the other modules' demo data, which names the demo accounts; once the server listens, so the link
	 * names the port in use when there is no public address.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@org.springframework.core.annotation.Order(0)
	void onReady() {
		if (properties.demo()) {
			createDemoAccounts();
		}
		if (!accounts.anyAccount()) {
			String token = SecretTokens.newToken();
			transactions.executeWithoutResult(status -> links.replaceSetupToken(SecretTokens.digest(token), clock.instant()));
			// Read on the console, away from any page: built like a link in mail (TANDEM_PUBLIC_URL, else localhost).
			String link = absoluteLinks.forMail("/setup/" + token);
			printedLink = link;
			// The console is the one place the operator is known to be; this link is the only way to the first account.
			log.warn("""

					  No account exists yet. Create the first administrator with this one-time link:

					    {}

					  It works once; a restart without an account prints a new one and the old one stops working.
					""", link);
		}
	}

	/** The set-up link printed at this start, if one was (for the operator's tooling and tests). */
	public java.util.Optional<String> printedSetupLink() {
		return java.util.Optional.ofNullable(printedLink);
	}

	private void createDemoAccounts() {
		Map<String, Set<Role>> demo = new LinkedHashMap<>();
		demo.put("demo-admin", EnumSet.of(Role.ADMIN));
		demo.put("demo-staff-1", EnumSet.of(Role.STAFF));
		demo.put("demo-staff-2", EnumSet.of(Role.STAFF, Role.PRACTITIONER));
		demo.put("demo-advisor-1", EnumSet.of(Role.ADVISORY));
		demo.put("demo-advisor-2", EnumSet.of(Role.ADVISORY, Role.PRACTITIONER));
		demo.put("demo-provider-1", EnumSet.of(Role.PROVIDER));
		demo.put("demo-provider-2", EnumSet.of(Role.PROVIDER, Role.PRACTITIONER));
		demo.put("demo-provider-3", EnumSet.of(Role.PROVIDER));
		demo.put("demo-member-1", EnumSet.of(Role.ORG_MEMBER));
		demo.put("demo-member-2", EnumSet.of(Role.ORG_MEMBER));
		demo.put("demo-practitioner-1", EnumSet.of(Role.PRACTITIONER));
		demo.put("demo-practitioner-2", EnumSet.of(Role.PRACTITIONER, Role.ORG_MEMBER));
		StringBuilder printed = new StringBuilder();
		demo.forEach((username, roles) -> {
			if (accounts.findByUsername(username).isPresent()) {
				return;
			}
			String password = SecretTokens.newToken().substring(0, 20);
			String displayName = "Demo " + username.substring("demo-".length()).replace('-', ' ');
			accounts.createDemo(new AccountService.NewAccount(username, displayName, null, password), roles);
			printed.append(String.format("    %-20s %s   (%s)%n", username, password, roles));
		});
		if (!printed.isEmpty()) {
			log.warn("""

					  Demo accounts created (marked DEMO everywhere). Passwords are shown only now:

					{}
					  Administrators, staff and providers enroll a second factor at first sign-in.
					""", printed);
		}
	}

}
