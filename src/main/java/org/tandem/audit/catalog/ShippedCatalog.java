package org.tandem.audit.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

/**
 * Imports Tandem's own catalog, shipped in the application ({@code audit/catalog/tandem/} on the class path), as
 * catalog {@code tandem} at start, when its catalog.yml declares a newer version than the one stored. One instance at a
 * time (a ShedLock lock; the version is checked again inside it), so several instances starting together import it
 * once. Without the folder it does nothing.
 */
@Component
class ShippedCatalog implements ApplicationRunner {

	static final String NAME = "tandem";

	private static final Logger log = LoggerFactory.getLogger(ShippedCatalog.class);

	private static final Pattern VERSION = Pattern.compile("(?m)^version:\\s*[\"']?([^\"'\\s]+)");

	private final CatalogImport imports;

	private final LockingTaskExecutor locks;

	private final Clock clock;

	private final String location;

	private final boolean enabled;

	ShippedCatalog(CatalogImport imports, LockProvider lockProvider, Clock clock,
			@Value("${tandem.audit.catalog.shipped-location:classpath:audit/catalog/tandem/}") String location,
			@Value("${tandem.audit.catalog.import-shipped:true}") boolean enabled) {
		this.imports = imports;
		this.locks = new DefaultLockingTaskExecutor(lockProvider);
		this.clock = clock;
		this.location = location.endsWith("/") ? location : location + "/";
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (enabled) {
			importIfNewer();
		}
	}

	/** Imports the shipped catalog when it is newer than the stored one; the report, or none when nothing was due. */
	Optional<ImportReport> importIfNewer() {
		Optional<String> declared = declaredVersion();
		if (declared.isEmpty()) {
			log.info("No catalog shipped at {}: Tandem's own catalog is not imported", location);
			return Optional.empty();
		}
		String shipped = declared.get();
		// another instance holding the lock is importing it: this one skips
		AtomicReference<ImportReport> done = new AtomicReference<>();
		locks.executeWithLock((Runnable) () -> {
			Optional<String> stored = imports.storedVersion(NAME);
			if (stored.isPresent() && compare(shipped, stored.get()) <= 0) {
				return;
			}
			// the whole folder is read only when it is to be imported, not at every start
			ImportReport report = imports.files(NAME, files(), false, null);
			if (!report.imported()) {
				log.warn("Tandem's own catalog (version {}) did not import: {} errors", shipped,
						report.problems().stream().filter(ImportProblem::error).count());
			}
			done.set(report);
		}, new LockConfiguration(clock.instant(), "audit-catalog-shipped", Duration.ofMinutes(10), Duration.ZERO));
		return Optional.ofNullable(done.get());
	}

	/** The version the shipped catalog.yml declares, if a catalog is shipped at all. */
	private Optional<String> declaredVersion() {
		Resource catalogYml = new PathMatchingResourcePatternResolver().getResource(location + "catalog.yml");
		if (!catalogYml.exists()) {
			return Optional.empty();
		}
		try (InputStream in = catalogYml.getInputStream()) {
			return Optional.of(version(new String(in.readNBytes(CatalogFiles.MAX_FILE + 1),
					java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private Map<String, byte[]> files() {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try {
			Resource root = new PathMatchingResourcePatternResolver().getResource(location);
			if (!root.exists()) {
				return files;
			}
			String base = root.getURL().toString();
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(location + "**/*")) {
				if (!resource.isReadable() || resource.getURL().toString().endsWith("/")) {
					continue;
				}
				String url = resource.getURL().toString();
				if (!url.startsWith(base) || files.size() > CatalogFiles.MAX_ENTRIES) {
					continue;
				}
				try (InputStream in = resource.getInputStream()) {
					files.put(url.substring(base.length()), in.readNBytes(CatalogFiles.MAX_FILE + 1));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return files;
	}

	static String version(String catalogYml) {
		var matcher = VERSION.matcher(catalogYml);
		return matcher.find() ? matcher.group(1) : "";
	}

	/** Compares dotted versions part by part, numbers as numbers ("1.10" is newer than "1.9"). */
	static int compare(String a, String b) {
		String[] left = a.split("[.-]");
		String[] right = b.split("[.-]");
		for (int i = 0; i < Math.max(left.length, right.length); i++) {
			String l = i < left.length ? left[i] : "0";
			String r = i < right.length ? right[i] : "0";
			int order = l.matches("\\d{1,9}") && r.matches("\\d{1,9}")
					? Integer.compare(Integer.parseInt(l), Integer.parseInt(r)) : l.compareTo(r);
			if (order != 0) {
				return order;
			}
		}
		return 0;
	}

}
