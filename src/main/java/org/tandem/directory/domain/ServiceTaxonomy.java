package org.tandem.directory.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.tandem.directory.ServiceGroups;

/**
 * The services taxonomy, shipped as data in {@code directory/services.csv} and translated in the message bundles.
 * Aligned with SAFETAG's methods and common help-desk services.
 */
@Component
public class ServiceTaxonomy implements ServiceGroups {

	private static final String RESOURCE = "directory/services.csv";

	private final List<Service> services;

	private final Map<String, Service> byCode;

	public ServiceTaxonomy() {
		this.services = List.copyOf(read());
		this.byCode = services.stream().collect(Collectors.toUnmodifiableMap(Service::code, Function.identity()));
	}

	public List<Service> all() {
		return services;
	}

	@Override
	public List<String> groups() {
		return services.stream().map(Service::group).distinct().toList();
	}

	@Override
	public String mainGroup(Collection<String> codes) {
		Map<String, Long> counts = codes.stream()
			.distinct()
			.filter(byCode::containsKey)
			.collect(Collectors.groupingBy(code -> byCode.get(code).group(), Collectors.counting()));
		String main = UNKNOWN;
		long most = 0;
		for (String group : groups()) {
			long count = counts.getOrDefault(group, 0L);
			if (count > most) {
				main = group;
				most = count;
			}
		}
		return main;
	}

	public boolean contains(String code) {
		return byCode.containsKey(code);
	}

	public Service get(String code) {
		Service service = byCode.get(code);
		if (service == null) {
			throw new IllegalArgumentException("Not in the services taxonomy: " + code);
		}
		return service;
	}

	/** One service of the taxonomy, in one of four groups (assess, prevent, respond, support). */
	public record Service(String code, String group, String reference) {

		public String messageKey() {
			return "directory.service." + code.toLowerCase(Locale.ROOT);
		}

		public String hintKey() {
			return messageKey() + ".hint";
		}

		public String groupKey() {
			return "directory.serviceGroup." + group.toLowerCase(Locale.ROOT);
		}

	}

	private static List<Service> read() {
		var stream = Objects.requireNonNull(ServiceTaxonomy.class.getClassLoader().getResourceAsStream(RESOURCE),
				RESOURCE);
		List<Service> read = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
			String line;
			boolean header = true;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				if (header) {
					header = false;
					continue;
				}
				String[] cells = line.split(",", 3);
				if (cells.length != 3 || !cells[0].matches("[A-Z_]{2,40}")) {
					throw new IllegalStateException("Bad line in " + RESOURCE + ": " + line);
				}
				read.add(new Service(cells[0], cells[1], cells[2]));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return read;
	}

}
