package org.tandem.evaluation.framework;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.tandem.evaluation.OutcomeKind;

/**
 * The five objectives of the "Monitoring and Evaluation Framework for Organisational Security" (The Engine Room with
 * Internews, 2020, CC BY-SA 4.0) and their outcomes, numbered as in the framework, read once from
 * {@code evaluation/framework.csv}; their words are messages ({@link FrameworkOutcome#messageKey()}), in every
 * language.
 */
@Component("evaluationFramework")
public class Framework {

	/** The objectives, numbered 1 to 5. */
	public static final List<Integer> OBJECTIVES = List.of(1, 2, 3, 4, 5);

	/** The languages the framework is shipped in, and the hub's outcomes may be written in. */
	public static final List<String> LANGUAGES = List.of("en", "es", "fr", "pt", "ar");

	/** The message of the credit every page that shows the framework's outcomes carries. */
	public static final String CREDIT = "evaluation.framework.credit";

	private static final Pattern CODE = Pattern.compile("[1-5]\\.[1-9]");

	private final Map<String, FrameworkOutcome> outcomes;

	public Framework() {
		this.outcomes = read();
	}

	/** Every outcome, in the framework's order. */
	public List<FrameworkOutcome> outcomes() {
		return List.copyOf(outcomes.values());
	}

	public Optional<FrameworkOutcome> outcome(String code) {
		return Optional.ofNullable(outcomes.get(code));
	}

	/** The message key of an objective's title. */
	public static String objectiveKey(int objective) {
		return "evaluation.framework.objective." + objective;
	}

	private static Map<String, FrameworkOutcome> read() {
		Map<String, FrameworkOutcome> read = new LinkedHashMap<>();
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(
				new ClassPathResource("evaluation/framework.csv").getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = lines.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] parts = line.strip().split(",");
				if (parts.length != 3 || !CODE.matcher(parts[0]).matches()
						|| !parts[0].startsWith(parts[1] + ".")) {
					throw new IllegalStateException("evaluation/framework.csv: a line is not code,objective,kind");
				}
				read.put(parts[0], new FrameworkOutcome(parts[0], Integer.parseInt(parts[1]),
						OutcomeKind.valueOf(parts[2])));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return java.util.Collections.unmodifiableMap(read);
	}

	/** One of the framework's outcomes: its code ("2.4"), its objective (2) and the change it looks for. */
	public record FrameworkOutcome(String code, int objective, OutcomeKind kind) {

		public String messageKey() {
			return "evaluation.framework.outcome." + code;
		}

	}

	static List<String> codes(Framework framework) {
		return new ArrayList<>(framework.outcomes.keySet());
	}

}
