package org.tandem.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.tandem.support.LogLeakWatcher;

/**
 * Runs after every other test class: no log line of the whole run, at any level, held a canary marker from an
 * identifying field or the address a request came from.
 */
@Order(Integer.MAX_VALUE)
class LogLeakTests {

	@Test
	void noIdentifyingValueAndNoRequesterAddressReachedAnyLog() {
		assertThat(LogLeakWatcher.seen()).as("log events watched").isPositive();
		assertThat(LogLeakWatcher.leaks()).isEmpty();
	}

}
