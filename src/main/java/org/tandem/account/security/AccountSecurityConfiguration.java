package org.tandem.account.security;

import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.tandem.account.persistence.AccountRepository;
import org.tandem.account.persistence.SecurityEvents;
import org.tandem.platform.Access;
import org.tandem.platform.Navigation;
import org.tandem.platform.NavigationItem;
import org.tandem.platform.PathRules;
import org.tandem.platform.Role;

/** Password hashing, passkey storage, and the account module's pages in the navigation and the access rules. */
@Configuration(proxyBeanMethods = false)
class AccountSecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordHashing.argon2id();
	}

	@Bean
	PublicKeyCredentialUserEntityRepository passkeyUsers(JdbcOperations jdbc) {
		return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
	}

	@Bean
	UserCredentialRepository passkeyCredentials(JdbcOperations jdbc, PublicKeyCredentialUserEntityRepository users,
			AccountRepository accounts, SecurityEvents events) {
		return new AuditedUserCredentialRepository(
				new org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository(jdbc), users,
				accounts, events);
	}

	@Bean
	PathRules accountPathRules(EnrollmentAccess enrollment) {
		return rules -> rules.requestMatchers("/account/security/enroll", "/account/security/enroll/**")
			.access(Access.mayEnroll())
			.requestMatchers("/webauthn/register/**")
			.access(enrollment)
			.requestMatchers("/admin/**")
			.access(Access.completeWithAnyRole(Role.ADMIN))
			.requestMatchers("/invitations", "/invitations/**")
			.access(Access.completeWithAnyRole(Role.ADMIN, Role.STAFF));
	}

	@Bean
	Navigation accountNavigation() {
		return () -> List.of(new NavigationItem(10, "nav.dashboard", "/dashboard", Set.of()),
				new NavigationItem(80, "nav.invitations", "/invitations", Set.of(Role.ADMIN, Role.STAFF)),
				new NavigationItem(90, "nav.users", "/admin/users", Set.of(Role.ADMIN)),
				new NavigationItem(91, "nav.audit", "/admin/audit", Set.of(Role.ADMIN)),
				new NavigationItem(100, "nav.security", "/account/security", Set.of()),
				new NavigationItem(101, "nav.tokens", "/account/tokens", Set.of()));
	}

}
