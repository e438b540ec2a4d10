package org.tandem;

import java.time.Duration;
import java.util.Comparator;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Tandem: connects organizations under digital threat with vetted digital-security providers. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(sharedModules = "platform")
public class TandemApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(TandemApplication.class);
		if (Boolean.getBoolean("tandem.trace-startup")) {
			// Prints the slowest start-up steps, for work on start-up time (docs/performance.md).
			BufferingApplicationStartup startup = new BufferingApplicationStartup(20_000);
			application.setApplicationStartup(startup);
			application.addListeners(event -> {
				if (event instanceof org.springframework.boot.context.event.ApplicationReadyEvent) {
					printSlowest(startup.getBufferedTimeline());
				}
			});
		}
		application.run(args);
	}

	private static void printSlowest(StartupTimeline timeline) {
		timeline.getEvents()
			.stream()
			.sorted(Comparator.comparing(StartupTimeline.TimelineEvent::getDuration).reversed())
			.filter(e -> e.getDuration().compareTo(Duration.ofMillis(40)) > 0)
			.limit(40)
			.forEach(e -> System.out.printf("%6d ms  %s %s%n", e.getDuration().toMillis(), e.getStartupStep().getName(),
					e.getStartupStep().getTags().iterator().hasNext()
							? e.getStartupStep().getTags().iterator().next().getValue() : ""));
	}

}
