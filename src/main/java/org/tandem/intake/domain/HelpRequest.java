package org.tandem.intake.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.InsertOnlyProperty;
import org.springframework.data.relational.core.mapping.Table;
import org.tandem.intake.Approach;
import org.tandem.intake.RequestStatus;
import org.tandem.intake.Timeframe;
import org.tandem.intake.Urgency;
import org.tandem.organization.OrganizationKind;
import org.tandem.organization.SizeBand;
import org.tandem.platform.InvalidInput;
import org.tandem.privacy.DataOwner;
import org.tandem.privacy.SealedText;

/**
 * A request for help, from the form to its purge. It owns its keys: who asked and how to reach them are sealed
 * with its identifying key, what is happening and the staff's assessment of it with its case key
 * ({@link SealedRequestParts}). What triage and matching filter on (status, urgency, approach, kind, size, country,
 * languages, problems, the assessment's {@link AssessmentFacts}) is kept in the clear and says nothing about who
 * asked. The status only moves along {@link RequestStatus#next()}.
 */
@Table("help_request")
public class HelpRequest extends SealedRequestParts {

	@Id
	@DataOwner
	private final UUID id;

	private final String reference;

	private RequestStatus status;

	private final boolean anonymous;

	private final String language;

	private final @Nullable OrganizationKind organizationKind;

	private final @Nullable SizeBand sizeBand;

	private final @Nullable String country;

	private final String workLanguages;

	private final String problems;

	private final Urgency urgency;

	private final Timeframe timeframe;

	private final Approach approach;

	private final ContactMethod contactMethod;

	private final boolean emailNotices;

	private @Nullable UUID assignedTo;

	private final Instant submittedAt;

	private Instant updatedAt;

	private boolean awaitingStaff;

	@Embedded.Nullable
	private @Nullable AssessmentFacts assessed;

	/**
	 * The requester lets the request's non-identifying facts and survey answers be counted anonymously before it is
	 * purged; never unless they ticked it.
	 */
	private boolean countAnswers;

	/** The urgency's place in the queue's default sort ({@link Urgency#rank()}), stored so that an index serves it. */
	private int urgencyRank;

	/** Whether intake still works on it ({@link RequestStatus#isOpen()}): the open queue is one index range. */
	private boolean inQueue;

	@Version
	private @Nullable Long version;

	/**
	 * The request's first activity, its sending: written with the insert and never by the aggregate again, because
	 * {@link org.tandem.intake.persistence.LastActivity} moves the column on by plain updates outside it (so that
	 * recording activity never makes a save fail on the version). Read back, it holds the column's value; nothing
	 * reads it here.
	 */
	@InsertOnlyProperty
	@Column("last_activity_at")
	private final @Nullable Instant firstActivity;

	@PersistenceCreator
	HelpRequest(UUID id, String reference, RequestStatus status, boolean anonymous, String language,
			@Nullable SealedText organizationName, @Nullable OrganizationKind organizationKind,
			@Nullable SizeBand sizeBand, @Nullable String country, @Nullable SealedText region, String workLanguages,
			@Nullable SealedText communities, String problems, SealedText description, @Nullable SealedText outcome,
			Urgency urgency, Timeframe timeframe, Approach approach, ContactMethod contactMethod,
			@Nullable SealedText contactEmail, @Nullable SealedText contactSignal, @Nullable SealedText contactPhone,
			@Nullable SealedText openpgpKey, boolean emailNotices, @Nullable UUID assignedTo, Instant submittedAt,
			Instant updatedAt, boolean awaitingStaff, @Nullable AssessmentFacts assessed,
			@Nullable SealedText assessmentContext, boolean countAnswers, @Nullable Long version,
			@Nullable Instant firstActivity) {
		super(organizationName, region, communities, description, outcome, contactEmail, contactSignal, contactPhone,
				openpgpKey, assessmentContext);
		this.id = id;
		this.reference = reference;
		this.status = status;
		this.anonymous = anonymous;
		this.language = language;
		this.organizationKind = organizationKind;
		this.sizeBand = sizeBand;
		this.country = country;
		this.workLanguages = workLanguages;
		this.problems = problems;
		this.urgency = urgency;
		this.timeframe = timeframe;
		this.approach = approach;
		this.contactMethod = contactMethod;
		this.emailNotices = emailNotices;
		this.assignedTo = assignedTo;
		this.submittedAt = submittedAt;
		this.updatedAt = updatedAt;
		this.awaitingStaff = awaitingStaff;
		this.assessed = assessed;
		this.countAnswers = countAnswers;
		this.firstActivity = firstActivity;
		this.version = version;
		this.urgencyRank = urgency.rank();
		this.inQueue = status.isOpen();
	}

	static HelpRequest submit(RequestSubmission s, String reference, Instant now) {
		return new HelpRequest(UUID.randomUUID(), reference, RequestStatus.NEW, s.anonymous(), s.language(),
				sealed(s.organizationName()), s.organizationKind(), s.sizeBand(), s.country(), sealed(s.region()),
				join(s.workLanguages()), sealed(s.communities()), joinEnums(s.problems()), SealedText.of(s.description()),
				sealed(s.outcome()), s.urgency(), s.timeframe(), s.approach(), s.contactMethod(), sealed(s.email()),
				sealed(s.signal()), sealed(s.phone()), sealed(s.openpgpKey()), s.emailNotices() && s.email() != null,
				null, now, now, false, null, null, s.countAnswers(), null, now);
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
		this.inQueue = to.isOpen();
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
		changeAssessmentContext(assessment.context());
		this.assessed = new AssessmentFacts(joinEnums(assessment.services()), join(assessment.languages()),
				assessment.riskLevel(), staffId, now);
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

	public @Nullable OrganizationKind organizationKind() {
		return organizationKind;
	}

	public @Nullable SizeBand sizeBand() {
		return sizeBand;
	}

	public @Nullable String country() {
		return country;
	}

	public List<String> workLanguages() {
		return split(workLanguages);
	}

	public Set<Problem> problems() {
		return enums(problems, Problem.class);
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
		AssessmentFacts facts = assessed;
		if (facts == null || facts.assessedAt() == null) {
			return null;
		}
		return new Assessment(enums(facts.assessedServices(), ServiceNeed.class), split(facts.assessedLanguages()),
				assessmentContext(), facts.riskLevel());
	}

	public @Nullable UUID assessedBy() {
		return assessed == null ? null : assessed.assessedBy();
	}

	public @Nullable Instant assessedAt() {
		return assessed == null ? null : assessed.assessedAt();
	}

	/** Whether the requester lets their answers be counted anonymously. */
	public boolean countsAnswers() {
		return countAnswers;
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

	/** The staff's needs assessment, which matching uses. */
	public record Assessment(Set<ServiceNeed> services, List<String> languages, @Nullable String context,
			@Nullable RiskLevel riskLevel) {

		public Assessment {
			services = services.isEmpty() ? EnumSet.noneOf(ServiceNeed.class) : EnumSet.copyOf(services);
			languages = List.copyOf(languages);
		}

	}

}
