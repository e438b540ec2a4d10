package org.tandem.intake;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A handed-over request went back to assessment: staff took it back on its page, or its holder found nobody to take
 * it. Published in the transaction of the move; the module that held the request takes back whatever it still holds
 * (offers, an introduction, follow-ups). Carries ids only.
 *
 * @param actor the staff member who took it back, or null when its holder returned it
 */
public record RequestReturned(UUID requestId, @Nullable UUID actor) {
}
