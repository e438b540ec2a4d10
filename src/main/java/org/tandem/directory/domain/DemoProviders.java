package org.tandem.directory.domain;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.directory.Community;
import org.tandem.directory.Fee;
import org.tandem.directory.ServiceDepth;
import org.tandem.account.Accounts;
import org.tandem.organization.OrganizationKind;
import org.tandem.platform.Role;
import org.tandem.platform.TandemProperties;

/**
 * With demo data switched on, fills an empty directory with a few providers, marked as demo, through the same path
 * as real ones: an application, vouches from the demo staff and advisory accounts, vetting. demo-provider-1 is
 * active and listed, demo-provider-2 under review with one vouch; two more active providers have no account.
 * Runs after the demo accounts exist.
 */
@Component
class DemoProviders {

	private final ProviderApplications applications;

	private final Vetting vetting;

	private final Vouching vouching;

	private final ProviderStore store;

	private final Accounts accounts;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final TandemProperties properties;

	private final Clock clock;

	DemoProviders(ProviderApplications applications, Vetting vetting, Vouching vouching, ProviderStore store,
			Accounts accounts, JdbcClient jdbc, TransactionTemplate transactions, TandemProperties properties,
			Clock clock) {
		this.applications = applications;
		this.vetting = vetting;
		this.vouching = vouching;
		this.store = store;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.properties = properties;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(100)
	void onReady() {
		if (!properties.demo() || jdbc.sql("select count(*) from provider").query(Long.class).single() > 0) {
			return;
		}
		Optional<UUID> staff = account("demo-staff-1");
		Optional<UUID> advisor = account("demo-advisor-1");
		if (staff.isEmpty() || advisor.isEmpty()) {
			return;
		}
		Vetting.Actor staffActor = new Vetting.Actor(staff.get(), Set.of(Role.STAFF));
		Vetting.Actor advisorActor = new Vetting.Actor(advisor.get(), Set.of(Role.ADVISORY));
		transactions.executeWithoutResult(status -> {
			vetted(sample("Demo Ana Souza", ProviderKind.INDIVIDUAL, "BR", Map.of("SECURITY_AUDIT", ServiceDepth.SPECIALIST,
					"TRAINING", ServiceDepth.CAN_DO), Map.of("pt", LanguageLevel.NATIVE, "es", LanguageLevel.FLUENT,
							"en", LanguageLevel.WORKING), Set.of("BR", "AR", "CO"), EnumSet.of(Community.JOURNALISTS),
					ResponseTime.WITHIN_TWO_DAYS), staffActor, advisorActor, account("demo-provider-1"));
			vetted(sample("Demo Digital Shield Collective", ProviderKind.FIRM, "KE",
					Map.of("INCIDENT_RESPONSE", ServiceDepth.SPECIALIST, "DIGITAL_FORENSICS", ServiceDepth.SPECIALIST,
							"DEVICE_SECURITY", ServiceDepth.CAN_DO),
					Map.of("en", LanguageLevel.NATIVE, "sw", LanguageLevel.NATIVE, "fr", LanguageLevel.WORKING),
					Set.of("KE", "UG", "TZ"), EnumSet.of(Community.HUMAN_RIGHTS_DEFENDERS, Community.LGBTIQ),
					ResponseTime.SAME_DAY), staffActor, advisorActor, account("demo-provider-3"));
			vetted(sample("Demo Amira Haddad", ProviderKind.INDIVIDUAL, "TN", Map.of("ACCOUNT_SECURITY", ServiceDepth.SPECIALIST,
					"SECURE_COMMUNICATION", ServiceDepth.SPECIALIST, "PSYCHOSOCIAL_SUPPORT", ServiceDepth.CAN_DO),
					Map.of("ar", LanguageLevel.NATIVE, "fr", LanguageLevel.FLUENT), Set.of("TN", "LB", "JO"),
					EnumSet.of(Community.WOMENS_RIGHTS), ResponseTime.WITHIN_A_WEEK), staffActor, advisorActor,
					Optional.empty());
			Provider review = applications.apply(sample("Demo Lucía Ramos", ProviderKind.INDIVIDUAL, "MX",
					Map.of("WEBSITE_PROTECTION", ServiceDepth.SPECIALIST), Map.of("es", LanguageLevel.NATIVE),
					Set.of("MX", "GT"), EnumSet.of(Community.ENVIRONMENTAL_LAND_DEFENDERS),
					ResponseTime.WITHIN_TWO_WEEKS));
			link(review.id(), account("demo-provider-2"));
			decide(review.id(), Vetting.Decision.REVIEW, staffActor);
			vouching.vouch(review.id(), advisorActor, "Demo vouch: we worked together for a land defenders’ network.");
			applications.apply(sample("Demo Secure Newsrooms Ltd", ProviderKind.FIRM, "GB",
					Map.of("POLICY_DEVELOPMENT", ServiceDepth.CAN_DO, "SECURITY_AUDIT", ServiceDepth.CAN_DO),
					Map.of("en", LanguageLevel.NATIVE), Set.of(), EnumSet.of(Community.JOURNALISTS),
					ResponseTime.WITHIN_TWO_DAYS));
		});
	}

	/**
	 * Reviewed, vouched for and vetted; with a demo account the provider is also made active and listed publicly,
	 * without one they wait for the invitation staff sent.
	 */
	private void vetted(ProviderApplications.Application application, Vetting.Actor staff, Vetting.Actor advisor,
			Optional<UUID> account) {
		UUID id = applications.apply(application).id();
		link(id, account);
		decide(id, Vetting.Decision.REVIEW, staff);
		vouching.vouch(id, staff, "Demo vouch: hub staff worked with them on two handoffs.");
		vouching.vouch(id, advisor, "Demo vouch: known to the advisory committee for years.");
		decide(id, Vetting.Decision.VET, staff);
		if (account.isPresent()) {
			decide(id, Vetting.Decision.ACTIVATE, staff);
			Provider active = store.get(id);
			active.changeListing(new Listing(true, "Demo listing: " + active.details().expertise(), "demo@example.org"),
					clock.instant());
			store.save(active, staff.id());
		}
	}

	private void decide(UUID id, Vetting.Decision decision, Vetting.Actor staff) {
		vetting.decide(id, store.get(id).version(), decision, staff);
	}

	private void link(UUID id, Optional<UUID> account) {
		account.ifPresent(a -> {
			Provider provider = store.get(id);
			provider.linkAccount(a);
			store.save(provider, null);
		});
	}

	private Optional<UUID> account(String username) {
		return accounts.findByUsername(username).map(Accounts.Person::id);
	}

	static ProviderApplications.Application sample(String name, ProviderKind kind, String residence,
			Map<String, ServiceDepth> services, Map<String, LanguageLevel> languages, Set<String> countries,
			Set<Community> communities, ResponseTime responseTime) {
		ProviderProfile profile = new ProviderProfile(kind, name, "Demo provider. " + name
				+ " works with civil-society groups on the services listed here.", null, residence, Set.of(),
				"demo-" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-") + "@example.org", null, null, null,
				"Demo referees: two people the hub knows.", null, EnumSet.noneOf(OrganizationKind.class), services,
				languages, countries, Set.of(residence), countries.isEmpty(), communities);
		RetentionPractice retention = new RetentionPractice(Map.of(RetentionPractice.Item.CONTACT_DETAILS,
				RetentionPractice.Period.DAYS_90, RetentionPractice.Item.CASE_NOTES, RetentionPractice.Period.DAYS_90,
				RetentionPractice.Item.DEVICE_DATA, RetentionPractice.Period.NOT_KEPT, RetentionPractice.Item.REPORTS,
				RetentionPractice.Period.YEAR, RetentionPractice.Item.COMMUNICATIONS, RetentionPractice.Period.DAYS_30));
		return new ProviderApplications.Application(profile,
				new Capacity(2, 20, "UTC", EnumSet.of(Fee.PRO_BONO), responseTime), retention,
				EnumSet.allOf(Agreement.class), Locale.ENGLISH);
	}

}
