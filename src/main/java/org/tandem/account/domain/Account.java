package org.tandem.account.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.tandem.platform.Role;
import org.tandem.privacy.DataOwner;
import org.tandem.privacy.SealedText;

/**
 * A person who signs in. The aggregate guards its own rules: a disabled account cannot sign in, a TOTP code is
 * accepted at most once, and an account whose roles require a second factor keeps one.
 */
@Table("account")
public class Account {

	@Id
	@DataOwner
	private final UUID id;

	private final String username;

	private String displayName;

	private @Nullable String email;

	private String passwordHash;

	private AccountStatus status;

	private final boolean demo;

	/** Sealed under the account's own key (its own data owner), so a database copy does not hold usable secrets. */
	@Column("totp_secret_sealed")
	private @Nullable SealedText totpSecret;

	private @Nullable Long totpLastStep;

	private final Instant createdAt;

	@Version
	private @Nullable Long version;

	@MappedCollection(idColumn = "account_id")
	private Set<AccountRole> roles;

	@PersistenceCreator
	Account(UUID id, String username, String displayName, @Nullable String email, String passwordHash,
			AccountStatus status, boolean demo, @Nullable SealedText totpSecret, @Nullable Long totpLastStep,
			Instant createdAt, @Nullable Long version, Set<AccountRole> roles) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.email = email;
		this.passwordHash = passwordHash;
		this.status = status;
		this.demo = demo;
		this.totpSecret = totpSecret;
		this.totpLastStep = totpLastStep;
		this.createdAt = createdAt;
		this.version = version;
		this.roles = new HashSet<>(roles);
	}

	public static Account create(String username, String displayName, @Nullable String email, String passwordHash,
			Collection<Role> roles, boolean demo, Instant now) {
		return new Account(UUID.randomUUID(), normalizeUsername(username), displayName.strip(), normalizeEmail(email),
				passwordHash, AccountStatus.ACTIVE, demo, null, null, now, null,
				roles.stream().map(AccountRole::new).collect(Collectors.toSet()));
	}

	/** Names are compared without case and surrounding spaces. */
	public static String normalizeUsername(String username) {
		return username.strip().toLowerCase(Locale.ROOT);
	}

	public static @Nullable String normalizeEmail(@Nullable String email) {
		return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
	}

	public UUID id() {
		return id;
	}

	public String username() {
		return username;
	}

	public String displayName() {
		return displayName;
	}

	public @Nullable String email() {
		return email;
	}

	public String passwordHash() {
		return passwordHash;
	}

	public AccountStatus status() {
		return status;
	}

	public boolean active() {
		return status == AccountStatus.ACTIVE;
	}

	public boolean demo() {
		return demo;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Set<Role> roles() {
		Set<Role> held = EnumSet.noneOf(Role.class);
		roles.forEach(r -> held.add(r.role()));
		return held;
	}

	public boolean secondFactorRequired() {
		return roles().stream().anyMatch(Role::secondFactorRequired);
	}

	public boolean totpEnrolled() {
		return totpSecret != null;
	}

	public @Nullable String totpSecret() {
		return SealedText.readable(totpSecret);
	}

	public void changePassword(String newHash) {
		this.passwordHash = newHash;
	}

	/** Replaces the roles; returns the roles granted and revoked, for the audit log. */
	public RoleChange changeRoles(Set<Role> newRoles) {
		Set<Role> before = roles();
		Set<Role> granted = EnumSet.noneOf(Role.class);
		granted.addAll(newRoles);
		granted.removeAll(before);
		Set<Role> revoked = EnumSet.noneOf(Role.class);
		revoked.addAll(before);
		revoked.removeAll(newRoles);
		this.roles = newRoles.stream().map(AccountRole::new).collect(Collectors.toSet());
		return new RoleChange(granted, revoked);
	}

	public void disable() {
		this.status = AccountStatus.DISABLED;
	}

	public void enable() {
		this.status = AccountStatus.ACTIVE;
	}

	public void enrollTotp(String secret, long usedStep) {
		this.totpSecret = SealedText.of(secret);
		this.totpLastStep = usedStep;
	}

	public void removeTotp() {
		this.totpSecret = null;
		this.totpLastStep = null;
	}

	/**
	 * Accepts a TOTP code's time step once: a code seen before, or one older than the last accepted, is refused, so a
	 * code overheard or replayed is worthless.
	 */
	public boolean useTotpStep(long step) {
		if (totpLastStep != null && step <= totpLastStep) {
			return false;
		}
		this.totpLastStep = step;
		return true;
	}

	public record RoleChange(Set<Role> granted, Set<Role> revoked) {
	}

}
