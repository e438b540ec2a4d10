package org.tandem.directory.domain;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.tandem.platform.Secrets;

/** The exact text of one agreement, in the version and language the provider accepted it, and when. */
@Table("provider_agreement")
public class AgreementAcceptance {

	@Id
	private final UUID id;

	private final UUID providerId;

	private final Agreement agreement;

	private final int agreementVersion;

	private final String language;

	private final String text;

	private final String textSha256;

	private final Instant acceptedAt;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	AgreementAcceptance(UUID id, UUID providerId, Agreement agreement, int agreementVersion, String language,
			String text, String textSha256, Instant acceptedAt, @Nullable Long version) {
		this.id = id;
		this.providerId = providerId;
		this.agreement = agreement;
		this.agreementVersion = agreementVersion;
		this.language = language;
		this.text = text;
		this.textSha256 = textSha256;
		this.acceptedAt = acceptedAt;
		this.version = version;
	}

	static AgreementAcceptance of(UUID providerId, Agreement agreement, String language, String text, Instant now) {
		return new AgreementAcceptance(UUID.randomUUID(), providerId, agreement, agreement.version(), language, text,
				Secrets.sha256Hex(text), now, null);
	}

	public Agreement agreement() {
		return agreement;
	}

	public int agreementVersion() {
		return agreementVersion;
	}

	public boolean current() {
		return agreementVersion == agreement.version();
	}

	public String language() {
		return language;
	}

	public String text() {
		return text;
	}

	public String textSha256() {
		return textSha256;
	}

	public Instant acceptedAt() {
		return acceptedAt;
	}

}
