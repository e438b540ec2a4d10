package org.tandem.evaluation.works.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.evaluation.figures.Disclosure;
import org.tandem.evaluation.works.WhatWorks;
import org.tandem.evaluation.works.WhatWorks.WorksReport;
import org.tandem.platform.ApiPathRules;
import org.tandem.platform.Role;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * What works as JSON: the hub's figures per plan mode and kind of support, through disclosure control, the same as
 * the page and its CSV file. One small answer (2 modes × 9 groups); nothing to page.
 */
@RestController
@RequestMapping(path = "/api/v1/evaluation/what-works", produces = "application/json")
@Tag(name = "What works")
@SecurityRequirement(name = "accessToken")
class WhatWorksApiController {

	private final WhatWorks works;

	WhatWorksApiController(WhatWorks works) {
		this.works = works;
	}

	@GetMapping
	@Operation(summary = "Which kinds of support went with improvement, over all evaluated organizations",
			description = "Needs the scope figures:read or evaluations:read, held by staff, administrators, advisory "
					+ "members or providers. Per plan mode (FULL, LIGHT) the groups ALL (every evaluated "
					+ "organization, the reference), COHORT, INTRODUCTION, AUDIT, KNOWLEDGE_CHECK, ITEMS_NONE, "
					+ "ITEMS_SOME, ITEMS_MOST, ITEMS_ALL. organizations is a disclosure cell: shown rounded to the nearest 5, or "
					+ "FEWER_THAN_MINIMUM with no value; the figures (averageChange, shareImproved in percent rounded "
					+ "to 5, potentialReached) are null unless the group has at least minimumGroupSize organizations.")
	WorksResponse get() {
		WorksReport report = works.hub();
		return new WorksResponse(report.minimum(), report.computedAt(), report.sections().stream()
			.map(section -> new SectionResponse(section.mode().name(), section.lines().stream()
				.map(line -> new GroupResponse(line.group().name(), CellResponse.of(line.organizations()),
						line.averageChange(), line.shareImproved(), line.potentialReached()))
				.toList()))
			.toList());
	}

	record CellResponse(@Nullable Long value, Disclosure.Visibility visibility) {

		static CellResponse of(Disclosure.Cell cell) {
			return new CellResponse(cell.isShown() ? cell.value() : null, cell.visibility());
		}

	}

	record GroupResponse(String group, CellResponse organizations, @Nullable BigDecimal averageChange,
			@Nullable Long shareImproved, @Nullable BigDecimal potentialReached) {
	}

	record SectionResponse(String mode, List<GroupResponse> groups) {
	}

	record WorksResponse(int minimumGroupSize, @Nullable OffsetDateTime computedAt, List<SectionResponse> sections) {
	}

	@Configuration(proxyBeanMethods = false)
	static class Rules {

		private static final String[] ROLES = Arrays
			.stream(new Role[] { Role.STAFF, Role.ADMIN, Role.ADVISORY, Role.PROVIDER })
			.map(Role::authority)
			.toArray(String[]::new);

		@Bean
		ApiPathRules evaluationWorksApiRules() {
			return rules -> rules.requestMatchers(HttpMethod.GET, "/api/v1/evaluation/what-works")
				.access(AuthorizationManagers.allOf(
						AuthorizationManagers.anyOf(AuthorityAuthorizationManager.hasAuthority("SCOPE_figures:read"),
								AuthorityAuthorizationManager.hasAuthority("SCOPE_evaluations:read")),
						AuthorityAuthorizationManager.hasAnyAuthority(ROLES)));
		}

	}

}
