package org.tandem.evaluation.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.directory.Providers;
import org.tandem.engagement.domain.EngagementService;
import org.tandem.organization.OrganizationKind;
import org.tandem.organization.SizeBand;
import org.tandem.organization.domain.Organization;
import org.tandem.organization.domain.OrganizationService;
import org.tandem.platform.Role;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.LogLeakWatcher;
import org.tandem.support.ProviderNetwork;
import org.tandem.support.WebSession;
import org.tandem.support.WebTestSupport;

/**
 * The people of the survey tests, made anew for each test with real accounts, keys and a vetted provider: an
 * organization (its name carries the canary marker) with five members and an engagement with the provider, another
 * organization with its member, another provider, staff, other staff and an advisory member. The tests run in a
 * context (and database) of their own, so that their counts are theirs.
 */
abstract class SurveyTestSupport extends WebTestSupport {

	static final String OWN = "tandem.test.context=surveys";

	@Autowired
	protected SurveyService surveys;

	@Autowired
	protected SurveySending sending;

	@Autowired
	protected SurveyAnswers answers;

	@Autowired
	protected SurveyResults results;

	@Autowired
	protected EngagementService engagements;

	@Autowired
	protected OrganizationService organizations;

	@Autowired
	protected Providers providers;

	protected UUID provider;

	/** The provider's own session, signed in with its second factor. */
	protected WebSession providerWeb;

	protected UUID providerAccount;

	protected UUID otherProviderAccount;

	protected List<Person> members;

	protected Person otherMember;

	protected Person staff;

	protected Person otherStaff;

	protected Person advisory;

	protected UUID organization;

	protected UUID otherOrganization;

	protected UUID engagement;

	@Override
	protected WebSession visitor() {
		return super.visitor().from(LogLeakWatcher.freshRequesterAddress());
	}

	@BeforeEach
	void theParties() {
		ProviderNetwork network = new ProviderNetwork(this);
		ProviderNetwork.ActiveProvider active = network.activeProvider();
		provider = active.id();
		providerWeb = active.web();
		providerAccount = providers.accountOf(provider).orElseThrow();
		otherProviderAccount = providers.accountOf(network.activeProvider().id()).orElseThrow();
		staff = fixtures.create(true, Role.STAFF);
		otherStaff = fixtures.create(true, Role.STAFF);
		advisory = fixtures.create(true, Role.ADVISORY);
		organization = enrol("canary-Radio Norte ");
		otherOrganization = enrol("Colectivo Sur ");
		members = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			Person member = fixtures.create(false, Role.ORG_MEMBER);
			organizations.addMember(organization, member.username());
			members.add(member);
		}
		otherMember = fixtures.create(false, Role.ORG_MEMBER);
		organizations.addMember(otherOrganization, otherMember.username());
		engagement = engagements.openByHand(organization, provider, staff.id()).id();
	}

	protected UUID enrol(String name) {
		return organizations.create(new Organization.Profile(name + UUID.randomUUID(), null, null,
				OrganizationKind.MEDIA, SizeBand.UP_TO_20, "MX")).id();
	}

	/** A published survey with one question of each type, written by staff. */
	protected Survey publishedSurvey() {
		Survey draft = surveys.create(staff.id(), List.of("en", "ar"), "Training follow-up " + UUID.randomUUID());
		long v = draft.rowVersion();
		surveys.addQuestion(draft.id(), staff.id(), "en", new QuestionInput(QuestionType.LIKERT_CHANGE,
				"How confident are you now about passwords?", "", "", true, LikertScale.CONFIDENCE), v++);
		surveys.addQuestion(draft.id(), staff.id(), "en",
				new QuestionInput(QuestionType.SCALE, "How satisfied are you?", "", "", true, null), v++);
		surveys.addQuestion(draft.id(), staff.id(), "en",
				new QuestionInput(QuestionType.RECOMMEND, "Would you recommend us?", "", "", true, null), v++);
		surveys.addQuestion(draft.id(), staff.id(), "en", new QuestionInput(QuestionType.SINGLE_CHOICE,
				"Which session helped most?", "Passwords\nBackups\nPhishing", "", false, null), v++);
		surveys.addQuestion(draft.id(), staff.id(), "en", new QuestionInput(QuestionType.KNOWLEDGE,
				"Which is a strong password?", "123456\nA long passphrase\nYour birthday", "2", false, null), v++);
		surveys.addQuestion(draft.id(), staff.id(), "en",
				new QuestionInput(QuestionType.TEXT, "Anything else?", "", "", false, null), v++);
		surveys.publish(draft.id(), staff.id(), v);
		return surveys.get(draft.id(), staff.id());
	}

	/** The person's open invitations to the survey. */
	protected List<UUID> invitationsOf(UUID accountId, UUID surveyId) {
		return jdbc.sql("select id from survey_invitation where account_id = :a and survey_id = :s order by created_at")
			.param("a", accountId).param("s", surveyId).query(UUID.class).list();
	}

	protected static Map<String, String> answersOf(String... pairs) {
		Map<String, String> map = new java.util.LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i], pairs[i + 1]);
		}
		return map;
	}

	protected static Set<UUID> ids(List<Person> people) {
		return people.stream().map(Person::id).collect(java.util.stream.Collectors.toSet());
	}

}
