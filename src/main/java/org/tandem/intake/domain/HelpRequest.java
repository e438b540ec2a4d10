package org.tandem.intake.domain;

import org.tandem.intake.Requests;
import org.tandem.intake.Approach;
import org.tandem.intake.Timeframe;
import org.tandem.intake.Urgency;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.tandem.intake.RequestStatus;
import org.tandem.organization.OrganizationKind;
import org.tandem.organization.SizeBand;
import org.tandem.platform.InvalidInput;
import org.tandem.privacy.DataOwner;
import org.tandem.privacy.KeyPurpose;
import org.tandem.privacy.Sealed;
import org.tandem.privacy.SealedText;

/**
 * A request for help, from the form to its purge. It owns its keys: who asked and how to reach them are sealed
 * with its identifying key, what is happening and the staff's assessment of it with its case key. What triage and
 * matching filter on (status, urgency, approach, kind, size, country, languages, problems) is kept in the clear and
 * says nothing about who asked. The status only moves along {@link RequestStatus#next()}.
 */
@Table("help_request")
public class HelpRequest {

	@Id
	@DataOwner
	private final UUID id;

	private final String reference;

	private RequestStatus status;

	private final boolean anonymous;

	private final String language;

	private final @Nullable SealedText organizationName;

	private final @Nullable OrganizationKind organizationKind;

	private final @Nullable SizeBand sizeBand;

	private final @Nullable String country;

	private final @Nullable SealedText region;

	private final String workLanguages;

	@Sealed(KeyPurpose.CASE)
	private final @Nullable SealedText communities;

	private final String problems;

	@Sealed(KeyPurpose.CASE)
	private final SealedText description;

	@Sealed(KeyPurpose.CASE)
	private final @Nullable SealedText outcome;

	private final Urgency urgency;

	private final Timeframe timeframe;

	private final Approach approach;

	private final ContactMethod contactMethod;

	private final @Nullable SealedText contactEmail;

	private final @Nullable SealedText contactSignal;

	private final @Nullable SealedText contactPhone;

	private final @Nullable SealedText openpgpKey;

	private final boolean emailNotices;

	private @Nullable UUID assignedTo;

	private final Instant submittedAt;

	private Instant updatedAt;

	private boolean awaitingStaff;

	private @Nullable String assessedServices;

	private @Nullable String assessedLanguages;

	@Sealed(KeyPurpose.CASE)
	private @Nullable SealedText assessmentContext;

	private @Nullable RiskLevel riskLevel;

	private @Nullable UUID assessedBy;

	private @Nullable Instant assessedAt;

	/**
	 * The requester lets the request's non-identifying facts and survey answers be counted anonymously before it is
	 * purged; never unless they ticked it.
	 */
	private boolean countAnswers;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	HelpRequest(UUID id, String reference, RequestStatus status, boolean anonymous, String language,
			@Nullable SealedText organizationName, @Nullable OrganizationKind organizationKind,
			@Nullable SizeBand sizeBand, @Nullable String country, @Nullable SealedText region, String workLanguages,
			@Nullable SealedText communities, String problems, SealedText description, @Nullable SealedText outcome,
			Urgency urgency, Timeframe timeframe, Approach approach, ContactMethod contactMethod,
			@Nullable SealedText contactEmail, @Nullable SealedText contactSignal, @Nullable SealedText contactPhone,
			@Nullable SealedText openpgpKey, boolean emailNotices, @Nullable UUID assignedTo, Instant submittedAt,
			Instant updatedAt, boolean awaitingStaff, @Nullable String assessedServices,
			@Nullable String assessedLanguages, @Nullable SealedText assessmentContext, @Nullable RiskLevel riskLevel,
			@Nullable UUID assessedBy, @Nullable Instant assessedAt, boolean countAnswers, @Nullable Long version) {
		this.id = id;
		this.reference = reference;
		this.status = status;
		this.anonymous = anonymous;
		this.language = language;
		this.organizationName = organizationName;
		this.organizationKind = organizationKind;
		this.sizeBand = sizeBand;
		this.country = country;
		this.region = region;
		this.workLanguages = workLanguages;
		this.communities = communities;
		this.problems = problems;
		this.description = description;
		this.outcome = outcome;
		this.urgency = urgency;
		this.timeframe = timeframe;
		this.approach = approach;
		this.contactMethod = contactMethod;
		this.contactEmail = contactEmail;
		this.contactSignal = contactSignal;
		this.contactPhone = contactPhone;
		this.openpgpKey = openpgpKey;
		this.emailNotices = emailNotices;
		this.assignedTo = assignedTo;
		this.submittedAt = submittedAt;
		this.updatedAt = updatedAt;
		this.awaitingStaff = awaitingStaff;
		this.assessedServices = assessedServices;
		this.assessedLanguages = assessedLanguages;
		this.assessmentContext = assessmentContext;
		this.riskLevel = riskLevel;
		this.assessedBy = assessedBy;
		this.assessedAt = assessedAt;
		this.countAnswers = countAnswers;
		this.version = version;
	}

	static HelpRequest submit(Submission s, String reference, Instant now) {
		return new HelpRequest(UUID.randomUUID(), reference, RequestStatus.NEW, s.anonymous(), s.language(),
				sealed(s.organizationName()), s.organizationKind(), s.sizeBand(), s.country(), sealed(s.region()),
				join(s.workLanguages()), sealed(s.communities()), joinEnums(s.problems()), SealedText.of(s.description()),
				sealed(s.outcome()), s.urgency(), s.timeframe(), s.approach(), s.contactMethod(), sealed(s.email()),
				sealed(s.signal()), sealed(s.phone()), sealed(s.openpgpKey()), s.emailNotices() && s.email() != null,
				null, now, now, false, null, null, null, null, null, null, s.countAnswers(), null);
	}

	/**
	 * Moves the request on; refuses a move {@link RequestStatus#next()} does not allow, so two staff acting on an
	 * old page cannot skip a step (the version check catches them acting at the same moment).
	 */
	RequestStatus moveTo(RequestStatus to, Instant now) {
		if (!status.next().contains(to)) {
			throw new InvalidInput("status", "intake.status.notAllowed");
		}
		RequestStatus from = status;
		this.status = to;
		this.updatedAt = now;
		return from;
	}

	void assign(@Nullable UUID staffId, Instant now) {
		this.assignedTo = staffId;
		this.updatedAt = now;
	}

	void requesterWrote(Instant now) {
		this.awaitingStaff = true;
		this.updatedAt = now;
	}

	/** Staff have answered or read what the requester wrote. */
	void seenByStaff() {
		this.awaitingStaff = false;
	}

	/** Staff wrote to the requester. */
	void answered(Instant now) {
		this.awaitingStaff = false;
		this.updatedAt = now;
	}

	void assess(Assessment assessment, UUID staffId, Instant now) {
		this.assessedServices = joinEnums(assessment.services());
		this.assessedLanguages = join(assessment.languages());
		String context = assessment.context();
		if (context == null) {
			this.assessmentContext = null;
		}
		else if (this.assessmentContext == null || this.assessmentContext.isDestroyed()
				|| !this.assessmentContext.reveal().equals(context)) {
			this.assessmentContext = SealedText.of(context);
		}
		this.riskLevel = assessment.riskLevel();
		this.assessedBy = staffId;
		this.assessedAt = now;
		this.updatedAt = now;
	}

	/** The requester says, on a follow-up survey, whether their answers may be counted anonymously. */
	void countAnswers(boolean counted) {
		this.countAnswers = counted;
	}

	public UUID id() {
		return id;
	}

	public String reference() {
		return reference;
	}

	public RequestStatus status() {
		return status;
	}

	public boolean anonymous() {
		return anonymous;
	}

	/** The language the form was filled in; messages to the requester are written in it. */
	public String language() {
		return language;
	}

	public @Nullable String organizationName() {
		return reveal(organizationName);
	}

	public @Nullable OrganizationKind organizationKind() {
		return organizationKind;
	}

	public @Nullable SizeBand sizeBand() {
		return sizeBand;
	}

	public @Nullable String country() {
		return country;
	}

	public @Nullable String region() {
		return reveal(region);
	}

	public List<String> workLanguages() {
		return split(workLanguages);
	}

	public @Nullable String communities() {
		return reveal(communities);
	}

	public Set<Problem> problems() {
		return enums(problems, Problem.class);
	}

	/** What is happening, in the requester's words; empty once the keys are gone. */
	public String description() {
		String text = reveal(description);
		return text == null ? "" : text;
	}

	public @Nullable String outcome() {
		return reveal(outcome);
	}

	public Urgency urgency() {
		return urgency;
	}

	public Timeframe timeframe() {
		return timeframe;
	}

	public Approach approach() {
		return approach;
	}

	public ContactMethod contactMethod() {
		return contactMethod;
	}

	public @Nullable String contactEmail() {
		return reveal(contactEmail);
	}

	public @Nullable String contactSignal() {
		return reveal(contactSignal);
	}

	public @Nullable String contactPhone() {
		return reveal(contactPhone);
	}

	public @Nullable String openpgpKey() {
		return reveal(openpgpKey);
	}

	/** Which ways to reach the requester were given (EMAIL, SIGNAL, PHONE, OPENPGP), without opening any. */
	Set<Requests.Revealable.Kind> contactKinds() {
		Set<Requests.Revealable.Kind> kinds = java.util.EnumSet.noneOf(Requests.Revealable.Kind.class);
		if (given(contactEmail)) {
			kinds.add(Requests.Revealable.Kind.EMAIL);
		}
		if (given(contactSignal)) {
			kinds.add(Requests.Revealable.Kind.SIGNAL);
		}
		if (given(contactPhone)) {
			kinds.add(Requests.Revealable.Kind.PHONE);
		}
		if (given(openpgpKey)) {
			kinds.add(Requests.Revealable.Kind.OPENPGP);
		}
		return kinds;
	}

	private static boolean given(@Nullable SealedText text) {
		return text != null && !text.isDestroyed();
	}

	/** The requester gave an email address and asked to be told of new messages there. */
	public boolean emailNotices() {
		return emailNotices;
	}

	public @Nullable UUID assignedTo() {
		return assignedTo;
	}

	public Instant submittedAt() {
		return submittedAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	/** The requester wrote (or submitted) and no staff member has answered or looked since. */
	public boolean awaitingStaff() {
		return awaitingStaff;
	}

	/** The needs assessment, once staff recorded one. */
	public @Nullable Assessment assessment() {
		if (assessedAt == null) {
			return null;
		}
		return new Assessment(enums(assessedServices, ServiceNeed.class), split(assessedLanguages),
				reveal(assessmentContext), riskLevel);
	}

	public @Nullable UUID assessedBy() {
		return assessedBy;
	}

	public @Nullable Instant assessedAt() {
		return assessedAt;
	}

	/** Whether the requester lets their answers be counted anonymously. */
	public boolean countsAnswers() {
		return countAnswers;
	}

	private static @Nullable SealedText sealed(@Nullable String text) {
		return text == null || text.isBlank() ? null : SealedText.of(text);
	}

	private static @Nullable String reveal(@Nullable SealedText text) {
		return SealedText.readable(text);
	}

	private static String join(Collection<String> values) {
		return String.join(",", values);
	}

	private static String joinEnums(Collection<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).collect(Collectors.joining(","));
	}

	private static List<String> split(@Nullable String joined) {
		return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
	}

	private static <E extends Enum<E>> Set<E> enums(@Nullable String joined, Class<E> type) {
		Set<E> values = EnumSet.noneOf(type);
		split(joined).forEach(name -> Arrays.stream(type.getEnumConstants())
			.filter(e -> e.name().equals(name))
			.findFirst()
			.ifPresent(values::add));
		return values;
	}

	/** What a requester sends with the form, already checked. */
	public record Submission(boolean anonymous, String language, @Nullable String organizationName,
			@Nullable OrganizationKind organizationKind, @Nullable SizeBand sizeBand, @Nullable String country,
			@Nullable String region, List<String> workLanguages, @Nullable String communities, Set<Problem> problems,
			String description, @Nullable String outcome, Urgency urgency, Timeframe timeframe, Approach approach,
			ContactMethod contactMethod, @Nullable String email, @Nullable String signal, @Nullable String phone,
			@Nullable String openpgpKey, boolean emailNotices, boolean emailLink, boolean countAnswers) {

		public Submission {
			workLanguages = List.copyOf(new LinkedHashSet<>(workLanguages));
			problems = problems.isEmpty() ? EnumSet.noneOf(Problem.class) : EnumSet.copyOf(problems);
		}

		/** A submission that does not let its answers be counted (the default). */
		public Submission(boolean anonymous, String language, @Nullable String organizationName,
				@Nullable OrganizationKind organizationKind, @Nullable SizeBand sizeBand, @Nullable String country,
				@Nullable String region, List<String> workLanguages, @Nullable String communities,
				Set<Problem> problems, String description, @Nullable String outcome, Urgency urgency,
				Timeframe timeframe, Approach approach, ContactMethod contactMethod, @Nullable String email,
				@Nullable String signal, @Nullable String phone, @Nullable String openpgpKey, boolean emailNotices,
				boolean emailLink) {
			this(anonymous, language, organizationName, organizationKind, sizeBand, country, region, workLanguages,
					communities, problems, description, outcome, urgency, timeframe, approach, contactMethod, email,
					signal, phone, openpgpKey, emailNotices, emailLink, false);
		}

	}

	/** The staff's needs assessment, which matching uses. */
	public record Assessment(Set<ServiceNeed> services, List<String> languages, @Nullable String context,
			@Nullable RiskLevel riskLevel) {

		public Assessment {
			services = services.isEmpty() ? EnumSet.noneOf(ServiceNeed.class) : EnumSet.copyOf(services);
			languages = List.copyOf(languages);
		}

	}

}
