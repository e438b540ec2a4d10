package org.tandem.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;

/**
 * Sees every log event of the test run, at every level, and keeps those that hold something no log may hold: a
 * canary marker (text tests put in identifying fields, see {@link #CANARY}) or a requester's address (every test
 * request comes from {@link #REQUESTER_ADDRESS}, see {@link WebSession}).
 */
public class LogLeakWatcher extends AppenderBase<ILoggingEvent> {

	/** Tests put this prefix in every identifying value whose leaking they want to detect. */
	public static final String CANARY = "canary-";

	/** The address test requests claim to come from (a documentation range, RFC 5737). */
	public static final String REQUESTER_ADDRESS = "203.0.113.7";

	/** Any address of that documentation range: tests that need distinct requesters take one of these. */
	private static final java.util.regex.Pattern TEST_ADDRESSES = java.util.regex.Pattern.compile("203\\.0\\.113\\.\\d{1,3}");

	private static final java.util.concurrent.atomic.AtomicInteger NEXT_ADDRESS = new java.util.concurrent.atomic.AtomicInteger(10);

	/** A fresh address of the documentation range, for a requester that must not share rate limits with others. */
	public static String freshRequesterAddress() {
		return "203.0.113." + (10 + NEXT_ADDRESS.getAndIncrement() % 240);
	}

	private static final List<String> LEAKS = new CopyOnWriteArrayList<>();

	private static volatile long seen;

	private static final java.util.Queue<String> OPERATOR_LINES = new java.util.concurrent.ConcurrentLinkedQueue<>();

	@Override
	protected void append(ILoggingEvent event) {
		seen++;
		StringBuilder text = new StringBuilder(event.getFormattedMessage() == null ? "" : event.getFormattedMessage());
		IThrowableProxy throwable = event.getThrowableProxy();
		if (throwable != null) {
			text.append('\n').append(ThrowableProxyUtil.asString(throwable));
		}
		String line = text.toString();
		if (event.getLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.INFO)) {
			OPERATOR_LINES.add(line);
			while (OPERATOR_LINES.size() > 20_000) {
				OPERATOR_LINES.poll();
			}
		}
		if (line.contains(CANARY) || TEST_ADDRESSES.matcher(line).find()) {
			LEAKS.add(event.getLevel() + " " + event.getLoggerName() + ": " + line);
		}
	}

	/** The most recent lines at the levels an operator's log keeps (INFO and above), whatever they hold. */
	public static List<String> operatorLines() {
		return List.copyOf(OPERATOR_LINES);
	}

	public static List<String> leaks() {
		return List.copyOf(LEAKS);
	}

	/** How many events were watched, so a test can tell the watcher was attached at all. */
	public static long seen() {
		return seen;
	}

}
