package org.tandem.privacy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tandem.platform.TandemProperties;
import org.tandem.privacy.keys.DataKeyStore;
import org.tandem.privacy.keys.KekRotation;
import org.tandem.privacy.keys.SecureFiles;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

/**
 * Re-applies purges (a restored database or key store must not bring anything back), finishes interrupted purges,
 * finishes a KEK rotation once its grace period is over, and applies the retention rules: on one instance at a time,
 * on a schedule, and once at start-up before the web server accepts its first request. Each instance also keeps the
 * data directory and the files directly in it readable by their owner only.
 */
@Component
class PrivacyJobs implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(PrivacyJobs.class);

	private final PurgeService purges;

	private final RetentionService retention;

	private final KekRotation rotation;

	private final LockingTaskExecutor locks;

	private final Clock clock;

	private final Path dataDir;

	private final DataKeyStore keys;

	PrivacyJobs(PurgeService purges, RetentionService retention, KekRotation rotation, LockProvider lockProvider,
			Clock clock, TandemProperties properties, DataKeyStore keys) {
		this.dataDir = properties.dataDir();
		this.keys = keys;
		this.purges = purges;
		this.retention = retention;
		this.rotation = rotation;
		this.locks = new DefaultLockingTaskExecutor(lockProvider);
		this.clock = clock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		run();
	}

	@Scheduled(initialDelayString = "${tandem.privacy.purge-interval:15m}",
			fixedDelayString = "${tandem.privacy.purge-interval:15m}")
	void run() {
		tightenDataDirectory();
		locks.executeWithLock((Runnable) () -> {
			purges.reapplyDestroyedKeys();
			purges.finishPending();
			rotation.finishIfDue();
			retention.applyAll();
		}, new LockConfiguration(clock.instant(), "privacy", Duration.ofMinutes(30), Duration.ZERO));
	}

	/**
	 * This instance forgets the data keys it unwrapped once their time in memory is up
	 * ({@code tandem.privacy.key-cache-ttl}), even when no other key is opened after them.
	 */
	@Scheduled(initialDelayString = "10s", fixedDelayString = "10s")
	void forgetExpiredKeys() {
		keys.forgetExpired();
	}

	/** The data directory and what lies directly in it readable by Tandem's own account only, whoever created it. */
	private void tightenDataDirectory() {
		try {
			int changed = SecureFiles.ownerOnlyEverywhere(dataDir);
			if (changed > 0) {
				log.info("Made {} files in the data directory readable by their owner only", changed);
			}
		}
		catch (IOException e) {
			log.warn("The data directory's permissions could not be checked ({})", e.getClass().getSimpleName());
		}
	}

}
