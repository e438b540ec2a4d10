package org.tandem.cohort.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tandem.platform.PathRules;

/**
 * The calendar feed's link is open to anyone holding it, signed out (a calendar application reads it). The session
 * pages fall under the cohort pages' rules ({@link CohortWebConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
class SessionWebConfiguration {

	@Bean
	PathRules cohortCalendarPathRules() {
		return rules -> rules.requestMatchers("/calendar/*.ics").permitAll();
	}

}
