package org.tandem.intake;

import java.util.UUID;

/**
 * Someone acted on a request: its inactivity period starts again ({@code docs/intake.md#inactivity}). Intake records
 * its own steps; matching and the handoff call this for theirs (a needs profile saved, providers chosen, an offer
 * sent or answered, an introduction, an answer about contact). Seeing a request is not acting on it. Call it in the
 * transaction of the step, so that a step rolled back leaves no activity behind; a request that no longer exists is
 * ignored.
 */
public interface RequestActivity {

	void record(UUID requestId);

}
