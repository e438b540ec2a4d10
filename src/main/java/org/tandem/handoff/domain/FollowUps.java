package org.tandem.handoff.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.directory.Providers;
import org.tandem.handoff.HandoffProperties;
import org.tandem.handoff.persistence.FollowUpRepository;
import org.tandem.handoff.persistence.HandoffRepository;
import org.tandem.intake.Requests;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;

/**
 * After contact is confirmed: the follow-up surveys of both sides open when due (each side told) and lapse when left
 * open too long; each side answers its own, with whether its answers may be counted; the handoff closes when they are
 * all finished, or earlier when staff close it.
 */
@Service
public class FollowUps implements org.tandem.handoff.FollowUpSurveys {

	private final HandoffRepository handoffs;

	private final FollowUpRepository followUps;

	private final Requests requests;

	private final Providers providers;

	private final HandoffMail mail;

	private final HandoffProperties properties;

	private final HandoffSupport support;

	private final Clock clock;

	FollowUps(HandoffRepository handoffs, FollowUpRepository followUps, Requests requests, Providers providers,
			HandoffMail mail, HandoffProperties properties, HandoffSupport support, Clock clock) {
		this.handoffs = handoffs;
		this.followUps = followUps;
		this.requests = requests;
		this.providers = providers;
		this.mail = mail;
		this.properties = properties;
		this.support = support;
		this.clock = clock;
	}

	/**
	 * Opens the follow-ups that are due (and tells each side), lapses surveys open too long, and closes requests whose
	 * follow-ups are all finished.
	 */
	public int runFollowUps() {
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		int changed = 0;
		for (FollowUp due : followUps.dueBy(today)) {
			boolean opened = support.inItsOwnTransaction("follow-up", due.id(), () -> followUps.findById(due.id())
				.filter(followUp -> followUp.open(now))
				.map(followUp -> {
					followUps.save(followUp);
					if (followUp.side() == Side.PROVIDER) {
						providers.contact(followUp.providerId()).ifPresent(p -> mail.followUp(p, followUp));
					}
					else {
						requests.noticeToRequester(followUp.requestId());
					}
					return true;
				})
				.orElse(false));
			if (opened) {
				changed++;
			}
		}
		for (FollowUp open : followUps.open()) {
			boolean lapsed = support.inItsOwnTransaction("survey", open.id(), () -> followUps.findById(open.id())
				.filter(f -> f.lapseIfDue(now, properties.surveyOpen()))
				.map(f -> {
					followUps.save(f);
					closeIfFinished(f.requestId(), now);
					return true;
				})
				.orElse(false));
			if (lapsed) {
				changed++;
			}
		}
		return changed;
	}

	@Override
	@Transactional
	public void deferUntilEngagementCloses(UUID requestId) {
		for (FollowUp followUp : followUps.findByRequestIdOrderByRoundAscSideAsc(requestId)) {
			if (followUp.defer()) {
				followUps.save(followUp);
			}
		}
	}

	@Override
	@Transactional
	public void openNow(UUID requestId) {
		List<FollowUp> waiting = followUps.findByRequestIdOrderByRoundAscSideAsc(requestId)
			.stream()
			.filter(f -> f.status() == FollowUp.Status.DEFERRED)
			.toList();
		if (waiting.isEmpty()) {
			return;
		}
		LocalDate first = waiting.stream().map(FollowUp::dueOn).min(LocalDate::compareTo).orElseThrow();
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		for (FollowUp followUp : waiting) {
			followUp.resume(today, java.time.temporal.ChronoUnit.DAYS.between(first, followUp.dueOn()));
			followUps.save(followUp);
		}
	}

	/** A provider's follow-up survey. */
	@Transactional(readOnly = true)
	public FollowUp providerFollowUp(UUID followUpId, UUID providerId) {
		return followUps.findById(followUpId)
			.filter(f -> f.providerId().equals(providerId) && f.side() == Side.PROVIDER)
			.orElseThrow(NotFoundException::new);
	}

	/**
	 * The organization answers its open follow-up survey; its answer to "may we count your answers anonymously?" is
	 * kept on the request, in the same transaction.
	 */
	@Transactional
	public void requesterSurvey(UUID requestId, UUID followUpId, FollowUp.Survey survey) {
		FollowUp followUp = followUps.findById(followUpId)
			.filter(f -> f.requestId().equals(requestId) && f.side() == Side.ORGANIZATION)
			.orElseThrow(NotFoundException::new);
		answerSurvey(followUp, survey);
		requests.countAnswers(requestId, survey.counted());
	}

	/**
	 * The provider answers an open follow-up survey of theirs; their answer to "may we count your answers
	 * anonymously?" is the setting on their page, changed in the same transaction.
	 */
	@Transactional
	public void providerSurvey(UUID followUpId, UUID providerId, FollowUp.Survey survey) {
		FollowUp followUp = followUps.findById(followUpId)
			.filter(f -> f.providerId().equals(providerId) && f.side() == Side.PROVIDER)
			.orElseThrow(NotFoundException::new);
		answerSurvey(followUp, survey);
		providers.setCounted(providerId, survey.counted());
	}

	/** Whether the organization currently lets its answers be counted, to show on its survey. */
	@Transactional(readOnly = true)
	public boolean organizationCounted(UUID requestId) {
		return requests.countable(requestId).map(Requests.Countable::counted).orElse(false);
	}

	/** Whether the provider currently lets their answers be counted, to show on their survey. */
	@Transactional(readOnly = true)
	public boolean providerCounted(UUID providerId) {
		return providers.counted(providerId);
	}

	private void answerSurvey(FollowUp followUp, FollowUp.Survey survey) {
		Instant now = clock.instant();
		followUp.answer(survey, now);
		followUps.save(followUp);
		closeIfFinished(followUp.requestId(), now);
	}

	private void closeIfFinished(UUID requestId, Instant now) {
		List<FollowUp> all = followUps.findByRequestIdOrderByRoundAscSideAsc(requestId);
		if (all.isEmpty() || !all.stream().allMatch(f -> f.status().finished())) {
			return;
		}
		handoffs.findById(requestId).filter(h -> h.stage() == Stage.FOLLOWING_UP).ifPresent(handoff -> {
			handoff.closed(now);
			handoffs.save(handoff);
		});
	}

	/** Staff close a handoff whose contact is confirmed before its follow-ups are done (the surveys stay open). */
	@Transactional
	public void staffClose(UUID requestId, UUID actor) {
		Handoff handoff = support.get(requestId);
		if (handoff.stage() != Stage.FOLLOWING_UP) {
			throw new InvalidInput("close", "handoff.stage.changed");
		}
		handoff.closed(clock.instant());
		handoffs.save(handoff);
	}

}
