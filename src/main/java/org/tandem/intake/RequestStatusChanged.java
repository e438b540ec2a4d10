package org.tandem.intake;

import java.util.UUID;

/** Published when staff move a request to another status; carries ids only. */
public record RequestStatusChanged(UUID requestId, RequestStatus from, RequestStatus to) {
}
