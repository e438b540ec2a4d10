package org.tandem.directory;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Vetting rules and limits of the provider network ({@code docs/configuration.md}).
 *
 * @param minimumVouches vouches a provider needs before staff can vet them; at least one must come from someone
 * who is not hub staff
 * @param vettingValidity how long vetting holds before it must be renewed
 * @param renewalNotice how long before vetting expires the provider is mailed and staff see it on the directory page
 * @param applicationsPerHour applications one address may send per hour
 */
@ConfigurationProperties("tandem.directory")
public record DirectoryProperties(@DefaultValue("2") int minimumVouches, @DefaultValue("365d") Duration vettingValidity,
		@DefaultValue("30d") Duration renewalNotice, @DefaultValue("5") int applicationsPerHour) {

	public DirectoryProperties {
		if (minimumVouches < 1 || minimumVouches > 10) {
			throw new IllegalArgumentException("tandem.directory.minimum-vouches must be between 1 and 10");
		}
		if (vettingValidity.compareTo(Duration.ofDays(30)) < 0 || vettingValidity.compareTo(Duration.ofDays(1096)) > 0) {
			throw new IllegalArgumentException("tandem.directory.vetting-validity must be between 30 days and 3 years");
		}
		if (renewalNotice.isNegative() || renewalNotice.compareTo(vettingValidity) >= 0) {
			throw new IllegalArgumentException("tandem.directory.renewal-notice must be shorter than the validity");
		}
		if (applicationsPerHour < 1) {
			throw new IllegalArgumentException("tandem.directory.applications-per-hour must be at least 1");
		}
	}

}
