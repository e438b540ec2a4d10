package org.tandem.account.domain;

import org.tandem.platform.InvalidInput;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.persistence.Invitations;
import org.tandem.account.persistence.SecurityEvents;
import org.tandem.platform.AbsoluteLinks;
import org.tandem.platform.MailOutbox;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Role;
import org.tandem.platform.TandemProperties;

/**
 * Invitations are the only way into a role: staff invite the roles they may grant, administrators any role. The link
 * is shown once to whoever created it and, if asked, mailed; only its digest is kept.
 */
@Service
public class InvitationService {

	private final Invitations invitations;

	private final SecurityEvents events;

	private final MailOutbox mail;

	private final MessageSource messages;

	private final TandemProperties properties;

	private final AbsoluteLinks links;

	private final Clock clock;

	InvitationService(Invitations invitations, SecurityEvents events, MailOutbox mail, MessageSource messages,
			TandemProperties properties, AbsoluteLinks links, Clock clock) {
		this.invitations = invitations;
		this.events = events;
		this.mail = mail;
		this.messages = messages;
		this.properties = properties;
		this.links = links;
		this.clock = clock;
	}

	/** The roles someone holding {@code actorRoles} may put in an invitation. */
	public static Set<Role> grantable(Set<Role> actorRoles) {
		if (actorRoles.contains(Role.ADMIN)) {
			return java.util.EnumSet.allOf(Role.class);
		}
		if (actorRoles.contains(Role.STAFF)) {
			return java.util.EnumSet.of(Role.ADVISORY, Role.PROVIDER, Role.ORG_MEMBER, Role.PRACTITIONER);
		}
		return java.util.EnumSet.noneOf(Role.class);
	}

	@Transactional
	public UUID inviteByMail(UUID actorId, Set<Role> actorRoles, String email, Set<Role> roles, Locale locale,
			UUID mailOwner) {
		return issue(actorId, actorRoles, email, roles, true, locale, mailOwner).id();
	}

	@Transactional
	public void withdraw(UUID actorId, Set<Role> actorRoles, UUID invitationId) {
		if (invitations.find(invitationId).isPresent()) {
			revoke(actorId, actorRoles, invitationId);
		}
	}

	/**
	 * Creates an invitation and returns the path of its link ({@code /invitation/…}), which is never shown again; the
	 * page showing it makes it absolute for the address its reader used.
	 */
	@Transactional
	public String invite(UUID actorId, Set<Role> actorRoles, @Nullable String email, Set<Role> roles,
			boolean sendMail, Locale locale) {
		return issue(actorId, actorRoles, email, roles, sendMail, locale, null).path();
	}

	/**
	 * Creates an invitation. With a mail owner (another module's invitation) the address is only mailed to, not kept
	 * with the invitation, and the mail belongs to that owner.
	 */
	private Issued issue(UUID actorId, Set<Role> actorRoles, @Nullable String email, Set<Role> roles,
			boolean sendMail, Locale locale, @Nullable UUID mailOwner) {
		if (roles.isEmpty()) {
			throw new InvalidInput("roles", "invitation.rolesRequired");
		}
		if (!grantable(actorRoles).containsAll(roles)) {
			throw new InvalidInput("roles", "invitation.roleNotGrantable");
		}
		String normalizedEmail = Account.normalizeEmail(email);
		if (sendMail && normalizedEmail == null) {
			throw new InvalidInput("email", "invitation.emailRequiredToSend");
		}
		String token = SecretTokens.newToken();
		Instant now = clock.instant();
		UUID id = UUID.randomUUID();
		invitations.insert(id, SecretTokens.digest(token), mailOwner == null ? normalizedEmail : null, roles, actorId,
				now, now.plus(properties.links().invitationTtl()));
		events.record(SecurityEventKind.INVITATION_CREATED, null, actorId, id.toString());
		String path = "/invitation/" + token;
		if (sendMail && normalizedEmail != null) {
			String link = links.forMail(path);
			String subject = messages.getMessage("mail.invitation.subject", new Object[] { properties.hubName() },
					locale);
			String body = messages.getMessage("mail.invitation.body",
					new Object[] { properties.hubName(), link, properties.links().invitationTtl().toHours() }, locale);
			// An invitation of another module's belongs to that module's owner; the hub's own invitations own their mail.
			mail.enqueue(normalizedEmail, subject, body, mailOwner == null ? id : mailOwner);
		}
		return new Issued(id, path);
	}

	private record Issued(UUID id, String path) {
	}

	/** Revokes an open invitation, if it only grants roles the actor may grant themselves. */
	@Transactional
	public void revoke(UUID actorId, Set<Role> actorRoles, UUID invitationId) {
		invitations.find(invitationId)
			.filter(i -> grantable(actorRoles).containsAll(i.roles()))
			.orElseThrow(NotFoundException::new);
		if (invitations.revoke(invitationId, clock.instant())) {
			events.record(SecurityEventKind.INVITATION_REVOKED, null, actorId, invitationId.toString());
		}
	}

	/** Recent invitations the actor could have made: staff do not see invitations to administrator roles. */
	public List<Invitations.Invitation> recent(Set<Role> actorRoles) {
		Set<Role> grantable = grantable(actorRoles);
		return invitations.recent().stream().filter(i -> grantable.containsAll(i.roles())).toList();
	}

	public java.util.Optional<Invitations.Invitation> open(String token) {
		return invitations.findOpen(SecretTokens.digest(token), clock.instant());
	}

}
