package org.tandem.platform;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's authorization rules for its JSON API under {@code /api/v1}, added to the token-only filter chain before
 * its rule that refuses everything else. Rules use {@link Access#scopeAndRole} so a token needs both the scope and
 * an owner who still holds the role.
 */
public interface ApiPathRules {

	void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules);

}
