package org.tandem.platform.nonces;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tandem.platform.FormNonces;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Deletes the digests of form nonces past their day, on one instance at a time, so the table holds a day at most. */
@Component
class FormNonceCleanup {

	private static final Logger log = LoggerFactory.getLogger(FormNonceCleanup.class);

	private final FormNonces nonces;

	FormNonceCleanup(FormNonces nonces) {
		this.nonces = nonces;
	}

	@Scheduled(fixedDelayString = "${tandem.form-nonces.cleanup-interval:1m}",
			initialDelayString = "${tandem.form-nonces.cleanup-interval:1m}")
	@SchedulerLock(name = "form-nonce-cleanup", lockAtMostFor = "5m")
	void removeExpired() {
		if (nonces instanceof DatabaseFormNonces database) {
			int removed = database.removeExpired();
			if (removed > 0) {
				log.debug("Deleted {} form nonces past their day", removed);
			}
		}
	}

}
