package org.tandem.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.thymeleaf.cache.ExpressionCacheKey;
import org.thymeleaf.cache.StandardCache;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.tandem.platform.Role;
import org.tandem.support.WebSession;
import org.tandem.support.WebTestSupport;

/**
 * The template engine keeps what it parsed: after a round of the pages staff and requesters open, every expression
 * parsed for the first page is still cached (Thymeleaf's default of 500, behind soft references, evicted them and
 * parsed and compiled them anew).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TemplateCachesWebTests extends WebTestSupport {

	@Autowired
	SpringTemplateEngine engine;

	@Test
	void parsedExpressionsStayCachedAcrossThePagesInUse() {
		StandardCache<ExpressionCacheKey, Object> expressions = expressionCache();
		assertThat(expressions.getMaxSize()).isEqualTo(TemplateCachesConfiguration.EXPRESSIONS);
		assertThat(expressions.getUseSoftReferences()).isFalse();

		WebSession staff = signedIn(Role.STAFF);
		assertThat(staff.get("/staff/requests").status()).isEqualTo(200);
		Set<ExpressionCacheKey> first = Set.copyOf(expressions.keySet());
		assertThat(first).isNotEmpty();

		WebSession visitor = visitor();
		for (String language : List.of("en", "es", "fr", "pt", "ar")) {
			for (String page : List.of("/", "/request", "/providers", "/login", "/password-reset")) {
				assertThat(visitor.get(page + "?lang=" + language).status()).as(page).isEqualTo(200);
			}
		}
		for (String page : List.of("/dashboard", "/staff/providers", "/staff/handoffs", "/account/security",
				"/account/tokens", "/staff/requests?sort=NEWEST", "/audits", "/catalog", "/staff/surveys")) {
			assertThat(staff.get(page).status()).as(page).isEqualTo(200);
		}

		assertThat(expressions.size()).as("more than Thymeleaf's default holds").isGreaterThan(500);
		assertThat(expressions.keySet()).containsAll(first);
	}

	@SuppressWarnings("unchecked")
	private StandardCache<ExpressionCacheKey, Object> expressionCache() {
		return (StandardCache<ExpressionCacheKey, Object>) engine.getCacheManager().getExpressionCache();
	}

}
