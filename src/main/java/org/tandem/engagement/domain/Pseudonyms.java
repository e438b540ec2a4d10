package org.tandem.engagement.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.Accounts;
import org.tandem.handoff.ContactAhead;
import org.tandem.organization.Organizations;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;

/**
 * An anonymous requester's workspace under a pseudonym (ADR 0017, "Opening"). Before contact is confirmed, while a
 * provider has accepted, the requester may choose a pseudonym and a password from their status page: an account for
 * the pseudonym (no mail address) and an organization named by it (under keys of its own) are made at once, and the
 * choice waits. When contact is confirmed the engagement opens for that organization and the provider, and the
 * choice is deleted, so nothing keeps the request's id beside the pseudonym; the request itself is purged as every
 * anonymous request is. A choice whose workspace never opened is forgotten after
 * {@link PseudonymProperties#unusedAfter()}. The pseudonym reveals nothing the requester did not type into it.
 */
@Service
public class Pseudonyms {

	/** The most unused choices one run of the job forgets. */
	static final int FORGET_BATCH = 100;

	private final ContactAhead contact;

	private final Accounts accounts;

	private final Organizations organizations;

	private final PseudonymProperties properties;

	private final JdbcClient jdbc;

	private final Clock clock;

	Pseudonyms(ContactAhead contact, Accounts accounts, Organizations organizations, PseudonymProperties properties,
			JdbcClient jdbc, Clock clock) {
		this.contact = contact;
		this.accounts = accounts;
		this.organizations = organizations;
		this.properties = properties;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A choice waiting for contact to be confirmed. */
	public record Choice(UUID requestId, UUID organizationId, UUID accountId, Instant chosenAt) {
	}

	/**
	 * Where the request's requester stands: the pseudonym they chose, if they did; otherwise whether they may still
	 * choose (their request is anonymous and a provider accepted it, contact not yet confirmed).
	 * {@link NotFoundException} when neither.
	 */
	@Transactional(readOnly = true)
	public Standing standing(UUID requestId) {
		Optional<ContactAhead.Ahead> ahead = contact.ahead(requestId);
		Optional<Choice> chosen = find(requestId);
		if (chosen.isPresent()) {
			String pseudonym = accounts.byIds(List.of(chosen.get().accountId()))
				.values()
				.stream()
				.map(Accounts.Person::username)
				.findFirst()
				.orElseThrow(NotFoundException::new);
			return new Standing(pseudonym, ahead.map(ContactAhead.Ahead::providerId).orElse(null));
		}
		return new Standing(null, ahead.filter(ContactAhead.Ahead::anonymous)
			.orElseThrow(NotFoundException::new)
			.providerId());
	}

	/**
	 * The pseudonym chosen, or null while the requester may still choose; the provider who accepted, while contact
	 * is ahead.
	 */
	public record Standing(@Nullable String pseudonym, @Nullable UUID providerId) {

		public boolean chosen() {
			return pseudonym != null;
		}

	}

	/**
	 * The requester chooses: the pseudonym's account and organization, and the choice, in one transaction. Refused
	 * with {@link InvalidInput} if the passwords differ, the pseudonym is taken or not a user name, the password is
	 * weak, or a choice was made already.
	 */
	@Transactional
	public Choice choose(UUID requestId, String pseudonym, String password, String passwordAgain) {
		mayChoose(requestId);
		if (find(requestId).isPresent()) {
			throw new InvalidInput("pseudonym", "engagement.pseudonym.alreadyChosen");
		}
		if (!password.equals(passwordAgain)) {
			throw new InvalidInput("passwordAgain", "password.mismatch");
		}
		UUID account = accounts.createPseudonymous(pseudonym, password);
		UUID organization = organizations.enrolPseudonym(pseudonym, account);
		Choice choice = new Choice(requestId, organization, account, clock.instant());
		try {
			jdbc.sql("""
					insert into engagement_pseudonym (request_id, organization_id, account_id, chosen_at)
					values (:request, :organization, :account, :at)""")
				.param("request", requestId)
				.param("organization", organization)
				.param("account", account)
				.param("at", java.sql.Timestamp.from(choice.chosenAt()))
				.update();
		}
		catch (DuplicateKeyException twice) {
			// the same form sent twice at once: the first one stands, this one's account and organization roll back
			throw new InvalidInput("pseudonym", "engagement.pseudonym.alreadyChosen");
		}
		return choice;
	}

	private ContactAhead.Ahead mayChoose(UUID requestId) {
		return contact.ahead(requestId).filter(ContactAhead.Ahead::anonymous).orElseThrow(NotFoundException::new);
	}

	/** Whether the account chose a workspace that has not opened yet. */
	@Transactional(readOnly = true)
	public boolean waiting(UUID accountId) {
		return jdbc.sql("select count(*) from engagement_pseudonym where account_id = :account")
			.param("account", accountId)
			.query(Long.class)
			.single() > 0;
	}

	/** Takes the request's choice away to open its engagement (in the caller's transaction). */
	Optional<Choice> take(UUID requestId) {
		Optional<Choice> choice = find(requestId);
		choice.ifPresent(c -> jdbc.sql("delete from engagement_pseudonym where request_id = :request")
			.param("request", requestId)
			.update());
		return choice;
	}

	private Optional<Choice> find(UUID requestId) {
		return jdbc.sql("""
				select request_id, organization_id, account_id, chosen_at from engagement_pseudonym
				where request_id = :request""")
			.param("request", requestId)
			.query(Pseudonyms::choice)
			.optional();
	}

	private static Choice choice(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Choice(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
				rs.getTimestamp(4).toInstant());
	}

	/**
	 * Forgets the choices whose workspace did not open within the period, oldest first, a batch at a time: the
	 * organization is purged (with it the choice), the account disabled. Not in a transaction: each purge runs its
	 * own. Returns how many were forgotten.
	 */
	public int forgetUnused() {
		Instant cutoff = clock.instant().minus(properties.unusedAfter());
		List<Choice> unused = jdbc.sql("""
				select request_id, organization_id, account_id, chosen_at from engagement_pseudonym
				where chosen_at < :cutoff order by chosen_at, request_id fetch first :batch rows only""")
			.param("cutoff", java.sql.Timestamp.from(cutoff))
			.param("batch", FORGET_BATCH)
			.query(Pseudonyms::choice)
			.list();
		for (Choice choice : unused) {
			organizations.purge(choice.organizationId());
			accounts.closePseudonymous(choice.accountId());
			jdbc.sql("delete from engagement_pseudonym where request_id = :request")
				.param("request", choice.requestId())
				.update();
		}
		return unused.size();
	}

}
