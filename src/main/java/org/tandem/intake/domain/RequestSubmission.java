package org.tandem.intake.domain;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.tandem.intake.Approach;
import org.tandem.intake.ReferralSource;
import org.tandem.intake.Timeframe;
import org.tandem.intake.Urgency;
import org.tandem.organization.OrganizationKind;
import org.tandem.organization.SizeBand;

/** What a requester sends with the form, already checked: the command that makes a {@link HelpRequest}. */
public record RequestSubmission(boolean anonymous, String language, @Nullable String organizationName,
		@Nullable OrganizationKind organizationKind, @Nullable SizeBand sizeBand, @Nullable String country,
		@Nullable String region, List<String> workLanguages, @Nullable String communities, Set<Problem> problems,
		String description, @Nullable String outcome, Urgency urgency, Timeframe timeframe, Approach approach,
		ContactMethod contactMethod, @Nullable String email, @Nullable String signal, @Nullable String phone,
		@Nullable String openpgpKey, boolean emailNotices, boolean emailLink, boolean countAnswers,
		@Nullable ReferralSource referral) {

	public RequestSubmission {
		workLanguages = List.copyOf(new LinkedHashSet<>(workLanguages));
		problems = problems.isEmpty() ? EnumSet.noneOf(Problem.class) : EnumSet.copyOf(problems);
	}

	/** A submission that does not let its answers be counted (the default). */
	public RequestSubmission(boolean anonymous, String language, @Nullable String organizationName,
			@Nullable OrganizationKind organizationKind, @Nullable SizeBand sizeBand, @Nullable String country,
			@Nullable String region, List<String> workLanguages, @Nullable String communities,
			Set<Problem> problems, String description, @Nullable String outcome, Urgency urgency,
			Timeframe timeframe, Approach approach, ContactMethod contactMethod, @Nullable String email,
			@Nullable String signal, @Nullable String phone, @Nullable String openpgpKey, boolean emailNotices,
			boolean emailLink) {
		this(anonymous, language, organizationName, organizationKind, sizeBand, country, region, workLanguages,
				communities, problems, description, outcome, urgency, timeframe, approach, contactMethod, email,
				signal, phone, openpgpKey, emailNotices, emailLink, false, null);
	}

	/** A submission that does not say how its sender heard of the hub. */
	public RequestSubmission(boolean anonymous, String language, @Nullable String organizationName,
			@Nullable OrganizationKind organizationKind, @Nullable SizeBand sizeBand, @Nullable String country,
			@Nullable String region, List<String> workLanguages, @Nullable String communities,
			Set<Problem> problems, String description, @Nullable String outcome, Urgency urgency,
			Timeframe timeframe, Approach approach, ContactMethod contactMethod, @Nullable String email,
			@Nullable String signal, @Nullable String phone, @Nullable String openpgpKey, boolean emailNotices,
			boolean emailLink, boolean countAnswers) {
		this(anonymous, language, organizationName, organizationKind, sizeBand, country, region, workLanguages,
				communities, problems, description, outcome, urgency, timeframe, approach, contactMethod, email,
				signal, phone, openpgpKey, emailNotices, emailLink, countAnswers, null);
	}

}
