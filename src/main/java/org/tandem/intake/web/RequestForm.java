package org.tandem.intake.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.tandem.platform.ContactFormats;
import org.tandem.intake.Approach;
import org.tandem.intake.ReferralSource;
import org.tandem.platform.OpenPgpKeys;
import org.tandem.intake.domain.ContactMethod;
import org.tandem.intake.domain.RequestSubmission;
import org.tandem.intake.domain.Problem;
import org.tandem.intake.Timeframe;
import org.tandem.intake.Urgency;
import org.tandem.organization.OrganizationKind;
import org.tandem.organization.SizeBand;

/**
 * The public request form as the requester typed it; it comes back whole when something needs fixing. Every field
 * has a size limit, checked here and again by the browser.
 */
class RequestForm {

	/** Languages a requester can say they work in, as ISO 639-1 codes; names come from the JDK in the reader's language. */
	static final List<String> LANGUAGES = org.tandem.platform.WorkingLanguages.CODES;

	private static final Pattern EMAIL = ContactFormats.EMAIL;

	private static final Pattern PHONE = ContactFormats.PHONE;

	private static final Pattern SIGNAL = ContactFormats.SIGNAL;

	@NotNull(message = "{intake.form.anonymity.required}")
	private @Nullable Boolean anonymous;

	@Size(max = 200, message = "{validation.tooLong}")
	private String organizationName = "";

	private boolean nameWithheld;

	private @Nullable OrganizationKind organizationKind;

	private @Nullable SizeBand sizeBand;

	private String country = "";

	@Size(max = 200, message = "{validation.tooLong}")
	private String region = "";

	private List<String> languages = new ArrayList<>();

	@Size(max = 500, message = "{validation.tooLong}")
	private String communities = "";

	private List<Problem> problems = new ArrayList<>();

	@NotBlank(message = "{validation.required}")
	@Size(max = 8000, message = "{validation.tooLong}")
	private String description = "";

	@Size(max = 2000, message = "{validation.tooLong}")
	private String outcome = "";

	@NotNull(message = "{intake.form.choose}")
	private @Nullable Urgency urgency;

	@NotNull(message = "{intake.form.choose}")
	private @Nullable Timeframe timeframe;

	@NotNull(message = "{intake.form.choose}")
	private @Nullable Approach approach;

	@NotNull(message = "{intake.form.choose}")
	private @Nullable ContactMethod contactMethod;

	/** The cohort asked for, when the approach is the six-month programme: an id, or empty for whichever fits. */
	@Size(max = 36, message = "{validation.tooLong}")
	private String cohort = "";

	@Size(max = 254, message = "{validation.tooLong}")
	private String email = "";

	@Size(max = 60, message = "{validation.tooLong}")
	private String signal = "";

	@Size(max = 40, message = "{validation.tooLong}")
	private String phone = "";

	@Size(max = 20000, message = "{validation.tooLong}")
	private String openpgpKey = "";

	private boolean emailNotices;

	private boolean emailLink;

	private boolean consent;

	/** Whether the requester lets their answers be counted anonymously: unticked unless they tick it. */
	private boolean countAnswers;

	/** How they heard of the hub (optional): counted per month, not kept with the request. */
	private @Nullable ReferralSource referral;

	/** The honeypot: hidden from people, filled in by some robots. */
	@Size(max = 200, message = "{validation.tooLong}")
	private String website = "";

	@Size(max = 64, message = "{validation.tooLong}")
	private String nonce = "";

	/** Checks what annotations cannot: choices that depend on each other, and values from the lists. */
	void check(BindingResult binding) {
		if (organizationName.isBlank() && !nameWithheld && !binding.hasFieldErrors("organizationName")) {
			binding.rejectValue("organizationName", "intake.form.name.required");
		}
		if (!country.isEmpty() && !Set.of(Locale.getISOCountries()).contains(country)) {
			binding.rejectValue("country", "organization.country.invalid");
		}
		if (languages.isEmpty()) {
			binding.rejectValue("languages", "intake.form.languages.required");
		}
		else if (languages.size() > LANGUAGES.size() || !LANGUAGES.containsAll(languages)) {
			binding.rejectValue("languages", "intake.form.languages.invalid");
		}
		if (contactMethod == ContactMethod.EMAIL || emailNotices || emailLink) {
			ContactFormats.requireMatching(binding, "email", email, EMAIL, "validation.email");
		}
		else if (!email.isBlank()) {
			ContactFormats.requireMatching(binding, "email", email, EMAIL, "validation.email");
		}
		if (contactMethod == ContactMethod.SIGNAL) {
			ContactFormats.requireMatching(binding, "signal", signal, SIGNAL, "intake.form.signal.invalid");
		}
		if (contactMethod == ContactMethod.PHONE) {
			ContactFormats.requireMatching(binding, "phone", phone, PHONE, "intake.form.phone.invalid");
		}
		if (!openpgpKey.isBlank() && !binding.hasFieldErrors("openpgpKey") && !OpenPgpKeys.looksArmored(openpgpKey)) {
			binding.rejectValue("openpgpKey", "intake.form.openpgp.invalid");
		}
		if (!consent) {
			binding.rejectValue("consent", "intake.form.consent.required");
		}
		if (approach == Approach.COHORT && Boolean.TRUE.equals(anonymous)) {
			// a cohort's organizations sign agreements and work beside each other under their name
			binding.rejectValue("anonymous", "intake.form.cohort.notAnonymous");
		}
	}

	/**
	 * The cohort asked for, checked against the cohorts the form offers: empty for whichever fits (or when the
	 * approach is not the programme); a value that is not one of them is refused on the field.
	 */
	java.util.Optional<java.util.UUID> cohort(BindingResult binding,
			java.util.function.Supplier<List<org.tandem.intake.CohortEnlistment.CohortOption>> open) {
		if (approach != Approach.COHORT || cohort.isBlank() || binding.hasFieldErrors("cohort")) {
			// the open cohorts are read only for a request that chose one: a query less for every other submission
			return java.util.Optional.empty();
		}
		java.util.Optional<java.util.UUID> chosen = open.get().stream()
			.map(org.tandem.intake.CohortEnlistment.CohortOption::id)
			.filter(id -> id.toString().equals(cohort.strip()))
			.findFirst();
		if (chosen.isEmpty()) {
			binding.rejectValue("cohort", "intake.form.cohort.closed");
		}
		return chosen;
	}


	boolean honeypotFilled() {
		return !website.isEmpty();
	}

	RequestSubmission submission(String language) {
		ContactMethod method = Objects.requireNonNull(contactMethod);
		return new RequestSubmission(Boolean.TRUE.equals(anonymous), language,
				nameWithheld ? null : blankToNull(organizationName), organizationKind, sizeBand, blankToNull(country),
				blankToNull(region), languages, blankToNull(communities),
				problems(), description.strip(),
				blankToNull(outcome), Objects.requireNonNull(urgency), Objects.requireNonNull(timeframe),
				Objects.requireNonNull(approach), method, blankToNull(email), blankToNull(signal), blankToNull(phone),
				blankToNull(openpgpKey), emailNotices, emailLink, countAnswers, referral);
	}

	private static @Nullable String blankToNull(String value) {
		return value.isBlank() ? null : value.strip();
	}

	public String getCohort() {
		return cohort;
	}

	public void setCohort(@Nullable String cohort) {
		this.cohort = cohort == null ? "" : cohort;
	}

	public @Nullable Boolean getAnonymous() {
		return anonymous;
	}

	public void setAnonymous(@Nullable Boolean anonymous) {
		this.anonymous = anonymous;
	}

	public String getOrganizationName() {
		return organizationName;
	}

	public void setOrganizationName(String organizationName) {
		this.organizationName = organizationName;
	}

	public boolean isNameWithheld() {
		return nameWithheld;
	}

	public void setNameWithheld(boolean nameWithheld) {
		this.nameWithheld = nameWithheld;
	}

	public @Nullable OrganizationKind getOrganizationKind() {
		return organizationKind;
	}

	public void setOrganizationKind(@Nullable OrganizationKind organizationKind) {
		this.organizationKind = organizationKind;
	}

	public @Nullable SizeBand getSizeBand() {
		return sizeBand;
	}

	public void setSizeBand(@Nullable SizeBand sizeBand) {
		this.sizeBand = sizeBand;
	}

	public String getCountry() {
		return country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getRegion() {
		return region;
	}

	public void setRegion(String region) {
		this.region = region;
	}

	public List<String> getLanguages() {
		return languages;
	}

	public void setLanguages(List<String> languages) {
		this.languages = languages;
	}

	public String getCommunities() {
		return communities;
	}

	public void setCommunities(String communities) {
		this.communities = communities;
	}

	public List<Problem> getProblems() {
		return problems;
	}

	public void setProblems(List<Problem> problems) {
		this.problems = problems;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getOutcome() {
		return outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = outcome;
	}

	public @Nullable Urgency getUrgency() {
		return urgency;
	}

	public void setUrgency(@Nullable Urgency urgency) {
		this.urgency = urgency;
	}

	public @Nullable Timeframe getTimeframe() {
		return timeframe;
	}

	public void setTimeframe(@Nullable Timeframe timeframe) {
		this.timeframe = timeframe;
	}

	public @Nullable Approach getApproach() {
		return approach;
	}

	public void setApproach(@Nullable Approach approach) {
		this.approach = approach;
	}

	public @Nullable ContactMethod getContactMethod() {
		return contactMethod;
	}

	public void setContactMethod(@Nullable ContactMethod contactMethod) {
		this.contactMethod = contactMethod;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getSignal() {
		return signal;
	}

	public void setSignal(String signal) {
		this.signal = signal;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getOpenpgpKey() {
		return openpgpKey;
	}

	public void setOpenpgpKey(String openpgpKey) {
		this.openpgpKey = openpgpKey;
	}

	public boolean isEmailNotices() {
		return emailNotices;
	}

	public void setEmailNotices(boolean emailNotices) {
		this.emailNotices = emailNotices;
	}

	public boolean isEmailLink() {
		return emailLink;
	}

	public void setEmailLink(boolean emailLink) {
		this.emailLink = emailLink;
	}

	public boolean isConsent() {
		return consent;
	}

	public void setConsent(boolean consent) {
		this.consent = consent;
	}

	public boolean isCountAnswers() {
		return countAnswers;
	}

	public void setCountAnswers(boolean countAnswers) {
		this.countAnswers = countAnswers;
	}

	public @Nullable ReferralSource getReferral() {
		return referral;
	}

	public void setReferral(@Nullable ReferralSource referral) {
		this.referral = referral;
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public String getNonce() {
		return nonce;
	}

	public void setNonce(String nonce) {
		this.nonce = nonce;
	}

	/** The problems ticked; a blank value (which binds as no problem at all) is left out. */
	private Set<Problem> problems() {
		Set<Problem> ticked = EnumSet.noneOf(Problem.class);
		problems.stream().filter(Objects::nonNull).forEach(ticked::add);
		return ticked;
	}

}
