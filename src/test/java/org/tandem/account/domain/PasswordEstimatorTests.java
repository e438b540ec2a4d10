package org.tandem.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** nbvcxz in a class loader of its own: kept for a minute after a check, then let go with its dictionaries. */
class PasswordEstimatorTests {

	final PasswordEstimator estimator = new PasswordEstimator(Clock.systemUTC());

	@Test
	void estimatesInItsOwnLoaderAndLetsItGoWhenIdle() throws InterruptedException {
		assertThat(estimator.loader()).isNull();
		assertThat(estimator.strongEnough("password1234", List.of(), 40)).isFalse();
		ClassLoader first = estimator.loader();
		assertThat(first).isNotNull().isNotSameAs(getClass().getClassLoader());
		assertThat(first.getName()).isEqualTo("nbvcxz");

		// within the minute the same loader serves the next check; the person's own words count
		assertThat(estimator.strongEnough("Quiet river, 93 paper lanterns!", List.of(), 40)).isTrue();
		assertThat(estimator.strongEnough("marianasilva1990", List.of("marianasilva"), 40)).isFalse();
		estimator.releaseIfIdle(Instant.now().plus(PasswordEstimator.KEEP).minusSeconds(5));
		assertThat(estimator.loader()).isSameAs(first);

		// a minute idle: dropped, and once nothing holds it the loader and its dictionaries are collected
		WeakReference<ClassLoader> dropped = new WeakReference<>(first);
		first = null;
		estimator.releaseIfIdle(Instant.now().plus(PasswordEstimator.KEEP).plusSeconds(1));
		assertThat(estimator.loader()).isNull();
		for (int i = 0; i < 20 && dropped.get() != null; i++) {
			System.gc();
			Thread.sleep(50);
		}
		assertThat(dropped.get()).as("the dropped loader is collected").isNull();

		// the next check loads it again
		assertThat(estimator.strongEnough("iloveyou2024!", List.of(), 40)).isFalse();
		assertThat(estimator.loader()).isNotNull();
	}

}
