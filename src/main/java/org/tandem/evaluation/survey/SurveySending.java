package org.tandem.evaluation.survey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.Accounts;
import org.tandem.cohort.Cohorts;
import org.tandem.directory.Providers;
import org.tandem.engagement.Workspaces;
import org.tandem.organization.Organizations;
import org.tandem.platform.AbsoluteLinks;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.MailOutbox;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Secrets;
import org.tandem.platform.TandemProperties;

/**
 * Sends a published survey to the people of an engagement or a cohort: one invitation per person (never twice for
 * the same survey, target and moment), each with a one-time link mailed through the outbox under the organization's
 * (or provider's) keys. The mail says only that a survey waits, and where.
 */
@Service
public class SurveySending {

	/** How long an invitation may be answered. */
	public static final Duration OPEN_FOR = Duration.ofDays(30);

	private final SurveyStore surveys;

	private final InvitationStore invitations;

	private final SurveyService service;

	private final Workspaces workspaces;

	private final Cohorts cohorts;

	private final Organizations organizations;

	private final Providers providers;

	private final Accounts accounts;

	private final MailOutbox outbox;

	private final MessageSource messages;

	private final TandemProperties properties;

	private final AbsoluteLinks links;

	private final Clock clock;

	SurveySending(SurveyStore surveys, InvitationStore invitations, SurveyService service, Workspaces workspaces,
			Cohorts cohorts, Organizations organizations, Providers providers, Accounts accounts, MailOutbox outbox,
			MessageSource messages, TandemProperties properties, AbsoluteLinks links, Clock clock) {
		this.surveys = surveys;
		this.invitations = invitations;
		this.service = service;
		this.workspaces = workspaces;
		this.cohorts = cohorts;
		this.organizations = organizations;
		this.providers = providers;
		this.accounts = accounts;
		this.outbox = outbox;
		this.messages = messages;
		this.properties = properties;
		this.links = links;
		this.clock = clock;
	}

	/** Who is asked: the organization's side, the provider's side, or both. */
	public enum Audience {

		ORGANIZATION(true, false), PROVIDER(false, true), BOTH(true, true);

		final boolean organization;

		final boolean provider;

		Audience(boolean organization, boolean provider) {
			this.organization = organization;
			this.provider = provider;
		}

		public String messageKey() {
			return "evaluation.survey.audience." + name();
		}

	}

	/** Staff send a published survey to an engagement's people by hand; answers how many were invited. */
	@Transactional
	public int toEngagementByHand(UUID surveyId, UUID accountId, UUID engagementId, Audience audience) {
		Survey survey = service.get(surveyId, accountId);
		requirePublished(survey);
		Workspaces.Parties parties = workspaces.parties(engagementId)
			.orElseThrow(() -> new InvalidInput("target", "evaluation.survey.send.unknownTarget"));
		return toEngagement(survey, parties, audience, null);
	}

	/** Staff send a published survey to a cohort's people by hand; answers how many were invited. */
	@Transactional
	public int toCohortByHand(UUID surveyId, UUID accountId, UUID cohortId, Audience audience) {
		Survey survey = service.get(surveyId, accountId);
		requirePublished(survey);
		return toCohort(survey, cohortId, audience);
	}

	int toEngagement(Survey survey, Workspaces.Parties parties, Audience audience, @Nullable String moment) {
		Map<UUID, Recipient> people = new LinkedHashMap<>();
		if (audience.organization) {
			for (UUID member : organizations.members(parties.organizationId())) {
				people.putIfAbsent(member, new Recipient(member, parties.organizationId(), null));
			}
			for (UUID member : parties.organizationSide()) {
				people.putIfAbsent(member, new Recipient(member, parties.organizationId(), null));
			}
		}
		if (audience.provider) {
			for (UUID account : parties.providerSide()) {
				people.putIfAbsent(account, new Recipient(account, null, parties.providerId()));
			}
			providers.accountOf(parties.providerId())
				.ifPresent(account -> people.putIfAbsent(account, new Recipient(account, null, parties.providerId())));
		}
		return invite(survey, TargetKind.ENGAGEMENT, parties.engagementId(), people.values(), moment);
	}

	int toCohort(Survey survey, UUID cohortId, Audience audience) {
		Map<UUID, Recipient> people = new LinkedHashMap<>();
		if (audience.organization) {
			for (UUID organization : cohorts.organizations(cohortId)) {
				for (UUID member : organizations.members(organization)) {
					people.putIfAbsent(member, new Recipient(member, organization, null));
				}
			}
		}
		if (audience.provider) {
			for (UUID provider : cohorts.providers(cohortId)) {
				providers.accountOf(provider)
					.ifPresent(account -> people.putIfAbsent(account, new Recipient(account, null, provider)));
			}
		}
		return invite(survey, TargetKind.COHORT, cohortId, people.values(), null);
	}

	private int invite(Survey survey, TargetKind kind, UUID targetId, java.util.Collection<Recipient> people,
			@Nullable String moment) {
		Instant now = clock.instant();
		int sent = 0;
		Map<UUID, String> addresses = accounts.addressesOf(people.stream().map(Recipient::accountId).toList());
		// the subject in English, the body in each of the survey's languages: the hub knows no one's language
		String subject = messages.getMessage("evaluation.survey.mail.subject", new Object[] { properties.hubName() },
				Locale.ENGLISH);
		List<Locale> languages = survey.content().languages().stream().map(Locale::forLanguageTag).toList();
		for (Recipient person : people) {
			if (invitations.exists(survey.id(), person.accountId(), targetId, moment)) {
				continue;
			}
			String token = Secrets.newToken();
			Invitation invitation = new Invitation(UUID.randomUUID(), survey.id(), person.accountId(),
					person.organizationId(), person.providerId(), kind, targetId, moment, now, now.plus(OPEN_FOR), null);
			invitations.insert(invitation, Secrets.sha256Hex(token));
			String address = addresses.get(person.accountId());
			if (address != null) {
				Object[] arguments = { properties.hubName(), links.forMail("/surveys/answer/" + token),
						links.forMail("/surveys") };
				String body = String.join("\n\n---\n\n", languages.stream()
					.map(language -> messages.getMessage("evaluation.survey.mail.body", arguments, language))
					.toList());
				outbox.enqueue(address, subject, body, invitation.owner());
			}
			sent++;
		}
		return sent;
	}

	private static void requirePublished(Survey survey) {
		if (survey.status() != SurveyStatus.PUBLISHED) {
			throw new InvalidInput("survey", "evaluation.survey.send.notPublished");
		}
	}

	/** Someone to invite, answering for an organization or for a provider. */
	record Recipient(UUID accountId, @Nullable UUID organizationId, @Nullable UUID providerId) {
	}

	static List<Audience> audiences() {
		return List.of(Audience.values());
	}

	Survey requireSurvey(UUID id) {
		return surveys.find(id).orElseThrow(NotFoundException::new);
	}

}
