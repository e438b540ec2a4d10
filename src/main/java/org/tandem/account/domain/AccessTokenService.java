package org.tandem.account.domain;

import org.tandem.platform.InvalidInput;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.persistence.AccessTokens;
import org.tandem.account.persistence.AccountRepository;
import org.tandem.account.persistence.SecurityEvents;
import org.tandem.platform.ApiTokenAuthenticator;
import org.tandem.platform.Role;

/**
 * Personal access tokens: shown once, kept as a digest, limited to scopes, expiring, revocable. A token acts with its
 * owner's current roles, so revoking a role or disabling the account takes effect at once.
 */
@Service
public class AccessTokenService implements ApiTokenAuthenticator {

	public static final String PREFIX = "tdm_";

	/** Scopes and the role each needs. */
	public enum Scope {
		ACCOUNT_READ("account:read"), REQUESTS_READ("requests:read", Role.STAFF), PROVIDERS_READ("providers:read", Role.STAFF),
		MATCHING_READ("matching:read", Role.STAFF), MATCHING_WRITE("matching:write", Role.STAFF),
		HANDOFFS_READ("handoffs:read", Role.STAFF), HANDOFFS_WRITE("handoffs:write", Role.STAFF),
		OFFERS_READ("offers:read", Role.PROVIDER), OFFERS_WRITE("offers:write", Role.PROVIDER),
		// the roles that take part in engagements; each engagement checks that the token's owner takes part in it
		ENGAGEMENTS_READ("engagements:read", Role.ORG_MEMBER, Role.PROVIDER, Role.STAFF, Role.ADMIN),
		ENGAGEMENTS_WRITE("engagements:write", Role.ORG_MEMBER, Role.PROVIDER, Role.STAFF, Role.ADMIN),
		// cohorts are the hub's to plan and keep: staff and administrators
		COHORTS_READ("cohorts:read", Role.STAFF, Role.ADMIN), COHORTS_WRITE("cohorts:write", Role.STAFF, Role.ADMIN),
		// the roles that see audits; each audit checks that the token's owner sees it (audit:read is the security log)
		AUDITS_READ("audits:read", Role.ORG_MEMBER, Role.PROVIDER, Role.STAFF, Role.ADMIN),
		AUDITS_WRITE("audits:write", Role.ORG_MEMBER, Role.PROVIDER, Role.STAFF, Role.ADMIN),
		AUDIT_READ("audit:read", Role.ADMIN),
		// the roles that take part in evaluation plans; each plan checks that the token's owner takes part in it
		EVALUATIONS_READ("evaluations:read", Role.ORG_MEMBER, Role.PROVIDER, Role.STAFF, Role.ADMIN),
		EVALUATIONS_WRITE("evaluations:write", Role.ORG_MEMBER, Role.PROVIDER, Role.STAFF, Role.ADMIN),
		// importing catalog content (audit activities) is the administrators'
		CATALOG_WRITE("catalog:write", Role.ADMIN),
		// surveys' published list and their counts through disclosure control: the hub's staff
		SURVEYS_READ("surveys:read", Role.STAFF, Role.ADMIN),
		METRICS_READ("metrics:read", Role.ADMIN),
		// the program figures: suppressed counts only, for those who see their page
		FIGURES_READ("figures:read", Role.STAFF, Role.ADMIN, Role.ADVISORY);

		private final String value;

		/** The roles that may hold it (any one); none for a scope open to every account. */
		private final Set<Role> roles;

		Scope(String value, Role... roles) {
			this.value = value;
			this.roles = Set.of(roles);
		}

		public String value() {
			return value;
		}

		public boolean availableTo(Set<Role> roles) {
			return this.roles.isEmpty() || this.roles.stream().anyMatch(roles::contains);
		}

		public String messageKey() {
			return "tokens.scope." + value.replace(':', '.');
		}

		static Optional<Scope> parse(String value) {
			for (Scope scope : values()) {
				if (scope.value.equals(value)) {
					return Optional.of(scope);
				}
			}
			return Optional.empty();
		}
	}

	public static final List<Integer> LIFETIMES_DAYS = List.of(7, 30, 90, 365);

	private final AccessTokens tokens;

	private final AccountRepository accounts;

	private final SecurityEvents events;

	private final Clock clock;

	AccessTokenService(AccessTokens tokens, AccountRepository accounts, SecurityEvents events, Clock clock) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public String create(UUID accountId, String name, Set<String> scopeValues, int days) {
		Account account = accounts.findById(accountId).orElseThrow();
		if (name.isBlank() || name.length() > 80) {
			throw new InvalidInput("name", "token.nameInvalid");
		}
		if (!LIFETIMES_DAYS.contains(days)) {
			throw new InvalidInput("days", "token.lifetimeInvalid");
		}
		Set<String> scopes = new LinkedHashSet<>();
		for (String value : scopeValues) {
			Scope scope = Scope.parse(value).orElseThrow(() -> new InvalidInput("scopes", "token.scopeInvalid"));
			if (!scope.availableTo(account.roles())) {
				throw new InvalidInput("scopes", "token.scopeInvalid");
			}
			scopes.add(scope.value());
		}
		if (scopes.isEmpty()) {
			throw new InvalidInput("scopes", "token.scopeRequired");
		}
		String token = PREFIX + SecretTokens.newToken();
		Instant now = clock.instant();
		UUID id = UUID.randomUUID();
		tokens.insert(id, accountId, name.strip(), SecretTokens.digest(token), scopes, now,
				now.plus(Duration.ofDays(days)));
		events.record(SecurityEventKind.ACCESS_TOKEN_CREATED, accountId, accountId, id.toString());
		return token;
	}

	public List<AccessTokens.AccessToken> of(UUID accountId) {
		return tokens.ofAccount(accountId);
	}

	@Transactional
	public void revoke(UUID accountId, UUID tokenId) {
		if (!tokens.revoke(tokenId, accountId, clock.instant())) {
			throw new org.tandem.platform.NotFoundException();
		}
		events.record(SecurityEventKind.ACCESS_TOKEN_REVOKED, accountId, accountId, tokenId.toString());
	}

	@Override
	@Transactional
	public Optional<Authentication> authenticate(String token) {
		if (!token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		return tokens.findUsable(SecretTokens.digest(token), now).flatMap(found -> accounts.findById(found.accountId())
			.filter(Account::active)
			.map(account -> {
				if (found.lastUsedAt() == null || found.lastUsedAt().isBefore(now.minusSeconds(60))) {
					tokens.touch(found.id(), now);
				}
				List<GrantedAuthority> authorities = new ArrayList<>();
				account.roles().forEach(r -> authorities.add(new SimpleGrantedAuthority(r.authority())));
				found.scopes().forEach(s -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + s)));
				return UsernamePasswordAuthenticationToken.authenticated(new ApiCaller(account.id(), account.username()),
						null, authorities);
			}));
	}

	/** The principal of an API call. */
	public record ApiCaller(UUID accountId, String username) {

		@Override
		public String toString() {
			return username;
		}

	}

}
