package org.tandem.account.security;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.tandem.account.domain.SecurityEventKind;
import org.tandem.account.persistence.AccountRepository;
import org.tandem.account.persistence.SecurityEvents;

/** Spring Security's passkey store, with each new passkey written to the audit log. */
final class AuditedUserCredentialRepository implements UserCredentialRepository {

	private final UserCredentialRepository delegate;

	private final PublicKeyCredentialUserEntityRepository users;

	private final AccountRepository accounts;

	private final SecurityEvents events;

	AuditedUserCredentialRepository(UserCredentialRepository delegate, PublicKeyCredentialUserEntityRepository users,
			AccountRepository accounts, SecurityEvents events) {
		this.delegate = delegate;
		this.users = users;
		this.accounts = accounts;
		this.events = events;
	}

	@Override
	public void delete(Bytes credentialId) {
		delegate.delete(credentialId);
	}

	@Override
	public void save(CredentialRecord record) {
		boolean isNew = delegate.findByCredentialId(record.getCredentialId()) == null;
		delegate.save(record);
		if (isNew) {
			var user = users.findById(record.getUserEntityUserId());
			if (user != null) {
				accounts.findByUsername(user.getName())
					.ifPresent(account -> events.recordAlone(SecurityEventKind.PASSKEY_ADDED, account.id(), null));
			}
		}
	}

	@Override
	public @Nullable CredentialRecord findByCredentialId(Bytes credentialId) {
		return delegate.findByCredentialId(credentialId);
	}

	@Override
	public List<CredentialRecord> findByUserId(Bytes userId) {
		return delegate.findByUserId(userId);
	}

}
