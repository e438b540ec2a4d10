package org.tandem.account.domain;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.security.CodeSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The nbvcxz estimator, loaded in a class loader of its own and let go a minute after its last use.
 *
 * <p>
 * nbvcxz reads its dictionaries (171,000 common passwords, names and words) into static fields the first time it is
 * used, and its classes would hold them until the process ends: about 17 MB, a quarter of the heap the process keeps
 * after a full collection (71 MB with them, 53 MB without, docs/performance.md), for a check that runs when someone
 * sets a password. Loaded apart, the dictionaries go with the loader once it is dropped (at the next full
 * collection); a burst of checks (a hub adding its staff) reads them once. The library's own API is reached by name:
 * its classes are not the application's.
 */
@Component
public class PasswordEstimator {

	private static final Logger log = LoggerFactory.getLogger(PasswordEstimator.class);

	/** How long the loaded estimator stays after a check. */
	static final Duration KEEP = Duration.ofMinutes(1);

	private static final String PACKAGE = "me.gosimple.nbvcxz.";

	private final Clock clock;

	private @Nullable Loaded loaded;

	private Instant lastUse = Instant.EPOCH;

	public PasswordEstimator(Clock clock) {
		this.clock = clock;
	}

	/** Whether the password's estimated entropy reaches the minimum, with the person's own words as a dictionary. */
	synchronized boolean strongEnough(String password, List<String> personalWords, double minimumBits) {
		if (loaded == null) {
			loaded = Loaded.load();
		}
		lastUse = clock.instant();
		return loaded.strongEnough(password, personalWords, minimumBits);
	}

	/** Lets the estimator go once it has not been used for {@link #KEEP}. */
	@Scheduled(fixedDelay = 30_000, initialDelay = 30_000)
	void release() {
		releaseIfIdle(clock.instant());
	}

	synchronized void releaseIfIdle(Instant now) {
		if (loaded != null && !now.isBefore(lastUse.plus(KEEP))) {
			loaded.close();
			loaded = null;
		}
	}

	/** The class loader nbvcxz is in now, if it is loaded (for tests). */
	synchronized @Nullable ClassLoader loader() {
		return loaded == null ? null : loaded.loader();
	}

	/** nbvcxz in its own loader, with the methods a check calls. */
	private record Loaded(URLClassLoader loader, Method defaultDictionaries, Class<?> dictionaryBuilder,
			Class<?> configurationBuilder, Class<?> configuration, Class<?> estimator) {

		static Loaded load() {
			// the jar the application's loader has (a file, or a jar nested in Tandem's): read, not initialized
			CodeSource source = me.gosimple.nbvcxz.Nbvcxz.class.getProtectionDomain().getCodeSource();
			if (source == null) {
				throw new IllegalStateException("nbvcxz has no code source to load it from");
			}
			URLClassLoader loader = new URLClassLoader("nbvcxz", new URL[] { source.getLocation() },
					ClassLoader.getPlatformClassLoader());
			try {
				Class<?> configurationBuilder = loader.loadClass(PACKAGE + "resources.ConfigurationBuilder");
				return new Loaded(loader, configurationBuilder.getMethod("getDefaultDictionaries"),
						loader.loadClass(PACKAGE + "resources.DictionaryBuilder"), configurationBuilder,
						loader.loadClass(PACKAGE + "resources.Configuration"), loader.loadClass(PACKAGE + "Nbvcxz"));
			}
			catch (ReflectiveOperationException | LinkageError ex) {
				close(loader);
				throw new IllegalStateException("nbvcxz could not be loaded", ex);
			}
		}

		boolean strongEnough(String password, List<String> personalWords, double minimumBits) {
			try {
				List<Object> dictionaries = new ArrayList<>((List<?>) defaultDictionaries.invoke(null));
				Object personal = dictionaryBuilder.getConstructor().newInstance();
				dictionaryBuilder.getMethod("setDictionaryName", String.class).invoke(personal, "personal");
				dictionaryBuilder.getMethod("setExclusion", boolean.class).invoke(personal, true);
				Method addWord = dictionaryBuilder.getMethod("addWord", String.class, int.class);
				for (String word : personalWords) {
					if (word != null && !word.isBlank()) {
						addWord.invoke(personal, word.toLowerCase(Locale.ROOT), 0);
					}
				}
				dictionaries.add(dictionaryBuilder.getMethod("createDictionary").invoke(personal));
				Object builder = configurationBuilder.getConstructor().newInstance();
				configurationBuilder.getMethod("setMinimumEntropy", Double.class).invoke(builder, minimumBits);
				configurationBuilder.getMethod("setDictionaries", List.class).invoke(builder, dictionaries);
				Object configuration = configurationBuilder.getMethod("createConfiguration").invoke(builder);
				Object estimate = estimator.getMethod("estimate", String.class)
					.invoke(estimator.getConstructor(this.configuration).newInstance(configuration), password);
				return (Boolean) estimate.getClass().getMethod("isMinimumEntropyMet").invoke(estimate);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException("nbvcxz failed to estimate a password", ex);
			}
		}

		void close() {
			close(loader);
		}

		private static void close(URLClassLoader loader) {
			try {
				loader.close();
			}
			catch (IOException ex) {
				log.warn("nbvcxz's class loader did not close: {}", ex.toString());
			}
		}

	}

}
