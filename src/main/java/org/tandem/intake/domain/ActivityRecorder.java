package org.tandem.intake.domain;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.intake.RequestActivity;
import org.tandem.intake.persistence.LastActivity;

/** Intake's side of {@link RequestActivity}: one update of the request's last activity, nothing else to depend on. */
@Component
class ActivityRecorder implements RequestActivity {

	private final LastActivity activity;

	private final Clock clock;

	ActivityRecorder(LastActivity activity, Clock clock) {
		this.activity = activity;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void record(UUID requestId) {
		activity.touch(requestId, clock.instant());
	}

}
