package org.tandem.handoff.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The handoff's clock: offers expire, sides are reminded, staff's records of contact take effect after their grace
 * period, follow-ups open. One instance at a time runs it.
 */
@Component
class HandoffJobs {

	private static final Logger log = LoggerFactory.getLogger(HandoffJobs.class);

	private final Offers offers;

	private final Confirmations confirmations;

	private final ContactRecords records;

	private final FollowUps followUps;

	HandoffJobs(Offers offers, Confirmations confirmations, ContactRecords records, FollowUps followUps) {
		this.offers = offers;
		this.confirmations = confirmations;
		this.records = records;
		this.followUps = followUps;
	}

	@Scheduled(fixedDelayString = "${tandem.handoff.job-interval:5m}", initialDelayString = "${tandem.handoff.job-delay:1m}")
	@SchedulerLock(name = "handoff-jobs", lockAtMostFor = "10m")
	public void run() {
		int expired = offers.expireDue();
		int reminded = confirmations.remindAboutContact();
		int recorded = records.finishDue();
		int changed = followUps.runFollowUps();
		if (expired + reminded + recorded + changed > 0) {
			log.info("Handoff job: {} offers expired, {} reminders or alerts, {} recorded contacts confirmed, "
					+ "{} follow-ups changed", expired, reminded, recorded, changed);
		}
	}

}
