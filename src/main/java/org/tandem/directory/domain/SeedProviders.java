package org.tandem.directory.domain;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.account.Accounts;
import org.tandem.directory.Community;
import org.tandem.directory.ServiceDepth;
import org.tandem.platform.Role;

/**
 * For measuring Tandem at size ({@code bench/lists.sh}): with {@code tandem.seed.providers} set (and demo data on,
 * for the staff and advisers who vet), tops the directory up to that many made-up providers through the same path as
 * real ones: an application, and for most a review, two vouches and vetting; a few are left under review or as new
 * applications. Never on by default.
 */
@Component
class SeedProviders {

	private static final Logger log = LoggerFactory.getLogger(SeedProviders.class);

	private static final List<String> SERVICES = List.of("SECURITY_AUDIT", "TRAINING", "ACCOUNT_SECURITY",
			"DEVICE_SECURITY", "SECURE_COMMUNICATION", "INCIDENT_RESPONSE", "DIGITAL_FORENSICS", "WEBSITE_PROTECTION",
			"POLICY_DEVELOPMENT", "PSYCHOSOCIAL_SUPPORT");

	private static final String[] COUNTRIES = { "MX", "BR", "CO", "KE", "UG", "NG", "LB", "TN", "PH", "IN", "UA", "GE",
			"GB", "US", "ES", "FR", "AR", "DE", "NL", "ZA" };

	private static final String[] LANGUAGES = { "en", "es", "fr", "pt", "ar", "sw", "uk" };

	private static final String[] NAMES = { "Ana", "Amira", "Joseph", "Lucía", "Wanjiru", "Karim", "Olga", "Tariq",
			"Mariana", "Chidi", "Nadia", "Pedro", "Sana", "Ibrahim", "Rosa", "Hanna" };

	private final ProviderApplications applications;

	private final Vetting vetting;

	private final Vouching vouching;

	private final ProviderStore store;

	private final Accounts accounts;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final int target;

	SeedProviders(ProviderApplications applications, Vetting vetting, Vouching vouching, ProviderStore store,
			Accounts accounts, JdbcClient jdbc, TransactionTemplate transactions,
			@Value("${tandem.seed.providers:0}") int target) {
		this.applications = applications;
		this.vetting = vetting;
		this.vouching = vouching;
		this.store = store;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.target = target;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(200)
	void onReady() {
		if (target <= 0) {
			return;
		}
		var staff = accounts.findByUsername("demo-staff-1").map(Accounts.Person::id);
		var advisor = accounts.findByUsername("demo-advisor-1").map(Accounts.Person::id);
		if (staff.isEmpty() || advisor.isEmpty()) {
			log.error("Seeding providers needs the demo accounts (TANDEM_DEMO=true); nothing was seeded");
			return;
		}
		Vetting.Actor staffActor = new Vetting.Actor(staff.get(), Set.of(Role.STAFF));
		Vetting.Actor advisorActor = new Vetting.Actor(advisor.get(), Set.of(Role.ADVISORY));
		long existing = jdbc.sql("select count(*) from provider").query(Long.class).single();
		for (long n = existing; n < target; n++) {
			long number = n;
			transactions.executeWithoutResult(status -> seedOne(number, staffActor, advisorActor));
		}
		log.info("Seeded {} providers; the directory holds {}", Math.max(0, target - existing),
				jdbc.sql("select count(*) from provider").query(Long.class).single());
	}

	private void seedOne(long n, Vetting.Actor staff, Vetting.Actor advisor) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		Map<String, ServiceDepth> services = new LinkedHashMap<>();
		for (int i = 0; i < 1 + random.nextInt(4); i++) {
			services.put(SERVICES.get(random.nextInt(SERVICES.size())),
					random.nextBoolean() ? ServiceDepth.SPECIALIST : ServiceDepth.CAN_DO);
		}
		Map<String, LanguageLevel> languages = new LinkedHashMap<>();
		for (int i = 0; i < 1 + random.nextInt(3); i++) {
			languages.put(LANGUAGES[random.nextInt(LANGUAGES.length)], LanguageLevel.values()[1 + random.nextInt(3)]);
		}
		String residence = COUNTRIES[random.nextInt(COUNTRIES.length)];
		Set<String> countries = new LinkedHashSet<>();
		for (int i = 0; i < random.nextInt(4); i++) {
			countries.add(COUNTRIES[random.nextInt(COUNTRIES.length)]);
		}
		boolean firm = random.nextInt(4) == 0;
		String name = firm ? "Seed Security Collective " + n : "Seed " + NAMES[random.nextInt(NAMES.length)] + " " + n;
		UUID id = applications.apply(DemoProviders.sample(name, firm ? ProviderKind.FIRM : ProviderKind.INDIVIDUAL,
				residence, services, languages, countries,
				EnumSet.of(Community.values()[random.nextInt(Community.values().length)]),
				ResponseTime.values()[random.nextInt(ResponseTime.values().length)])).id();
		int fate = random.nextInt(10);
		if (fate < 8) {
			decide(id, Vetting.Decision.REVIEW, staff);
		}
		if (fate < 7) {
			vouching.vouch(id, staff, "Seed vouch: hub staff worked with them.");
			vouching.vouch(id, advisor, "Seed vouch: known to the advisory committee.");
			decide(id, Vetting.Decision.VET, staff);
		}
	}

	private void decide(UUID id, Vetting.Decision decision, Vetting.Actor actor) {
		vetting.decide(id, store.get(id).version(), decision, actor);
	}

}
