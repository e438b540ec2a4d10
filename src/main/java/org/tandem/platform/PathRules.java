package org.tandem.platform;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's authorization rules for its own pages, added to the web filter chain before the catch-all rule that
 * requires a complete sign-in. Rules about roles use {@link Access} so a second factor is always part of them.
 */
public interface PathRules {

	void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules);

}
