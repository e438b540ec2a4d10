package org.tandem.account.security;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.tandem.platform.TandemPrincipal;

/**
 * The signed-in person as Spring Security sees them. The password hash is erased once sign-in succeeds, so sessions
 * stored in the database hold no hash.
 */
public final class AccountUser implements UserDetails, CredentialsContainer, TandemPrincipal {

	private static final long serialVersionUID = 1L;

	private final UUID accountId;

	private final String username;

	private final String displayName;

	private final boolean demo;

	private @Nullable String passwordHash;

	private final List<GrantedAuthority> authorities;

	public AccountUser(UUID accountId, String username, String displayName, boolean demo, @Nullable String passwordHash,
			Collection<? extends GrantedAuthority> authorities) {
		this.accountId = accountId;
		this.username = username;
		this.displayName = displayName;
		this.demo = demo;
		this.passwordHash = passwordHash;
		this.authorities = List.copyOf(authorities);
	}

	@Override
	public UUID accountId() {
		return accountId;
	}

	@Override
	public String displayName() {
		return displayName;
	}

	@Override
	public boolean demo() {
		return demo;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return authorities;
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public String toString() {
		return username;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AccountUser user && user.accountId.equals(accountId);
	}

	@Override
	public int hashCode() {
		return accountId.hashCode();
	}

}
