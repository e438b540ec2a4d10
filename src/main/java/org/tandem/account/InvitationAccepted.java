package org.tandem.account;

import java.util.UUID;

/** Someone used an invitation: the account now exists (published in the transaction that created it). */
public record InvitationAccepted(UUID invitationId, UUID accountId) {
}
