package org.tandem.intake;

import java.util.UUID;

/** Published once a request for help is stored; carries the id only. */
public record RequestSubmitted(UUID requestId) {
}
