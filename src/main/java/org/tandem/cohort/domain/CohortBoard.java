package org.tandem.cohort.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.cohort.CohortAgreements;
import org.tandem.cohort.CohortForms;
import org.tandem.cohort.CohortPairs;
import org.tandem.cohort.CohortSessions;
import org.tandem.cohort.CohortStatus;
import org.tandem.cohort.PairStage;
import org.tandem.directory.Providers;
import org.tandem.organization.Organizations;

/**
 * The staff's board of one cohort: for each organization and provider taking part, each step the program asks of it
 * (agreements, the match and its engagement, sessions, intake, outtake, exit interview) and what is still missing at
 * the cohort's stage. A cohort holds at most a hundred of each, so the board is read whole; it reads ids and
 * yes-or-no facts from each part, and opens only the names of the members shown.
 */
@Service
public class CohortBoard {

	private final CohortService cohorts;

	private final CohortAgreements agreements;

	private final CohortPairs pairs;

	private final CohortSessions sessions;

	private final CohortForms forms;

	private final Organizations organizations;

	private final Providers providers;

	CohortBoard(CohortService cohorts, CohortAgreements agreements, CohortPairs pairs, CohortSessions sessions,
			CohortForms forms, Organizations organizations, Providers providers) {
		this.cohorts = cohorts;
		this.agreements = agreements;
		this.pairs = pairs;
		this.sessions = sessions;
		this.forms = forms;
		this.organizations = organizations;
		this.providers = providers;
	}

	@Transactional(readOnly = true)
	public Board of(UUID cohortId) {
		Cohort cohort = cohorts.get(cohortId);
		CohortStatus status = cohort.status();
		List<UUID> organizationIds = cohort.presentOrganizations().stream().map(MemberOrganization::organizationId).toList();
		List<UUID> providerIds = cohort.presentProviders().stream().map(MemberProvider::providerId).toList();
		Map<UUID, CohortPairs.Pair> pairOf = new HashMap<>();
		Map<UUID, List<UUID>> partnersOf = new HashMap<>();
		for (CohortPairs.Pair pair : pairs.pairs(cohortId)) {
			CohortPairs.Pair known = pairOf.get(pair.organizationId());
			if (known == null || known.stage() == PairStage.DECLINED) {
				pairOf.put(pair.organizationId(), pair);
			}
			if (pair.stage() != PairStage.DECLINED && pair.providerId() != null) {
				partnersOf.computeIfAbsent(pair.providerId(), p -> new ArrayList<>()).add(pair.organizationId());
			}
		}
		Map<UUID, CohortSessions.Attendance> attendanceOfOrganization = new HashMap<>();
		Map<UUID, CohortSessions.Attendance> attendanceOfProvider = new HashMap<>();
		for (CohortSessions.Attendance attendance : sessions.attendance(cohortId)) {
			if (attendance.organizationId() != null) {
				attendanceOfOrganization.put(attendance.organizationId(), attendance);
			}
			else if (attendance.providerId() != null) {
				attendanceOfProvider.put(attendance.providerId(), attendance);
			}
		}
		Map<UUID, CohortForms.FormsDone> formsOfOrganization = new HashMap<>();
		Map<UUID, CohortForms.FormsDone> formsOfProvider = new HashMap<>();
		for (CohortForms.FormsDone done : forms.done(cohortId)) {
			if (done.organizationId() != null) {
				formsOfOrganization.put(done.organizationId(), done);
			}
			else if (done.providerId() != null) {
				formsOfProvider.put(done.providerId(), done);
			}
		}
		Map<UUID, String> organizationNames = organizations.names(organizationIds);
		Map<UUID, String> providerNames = providers.names(new ArrayList<>(providerIds));
		List<Row> organizationRows = new ArrayList<>();
		for (UUID id : organizationIds) {
			CohortPairs.Pair pair = pairOf.get(id);
			CohortSessions.Attendance attendance = attendanceOfOrganization.get(id);
			CohortForms.FormsDone done = formsOfOrganization.get(id);
			List<CohortAgreements.Kind> unsigned = agreements.missingFor(id);
			boolean matched = pair != null && pair.providerId() != null && pair.stage() != PairStage.DECLINED;
			Steps steps = new Steps(unsigned.isEmpty(), matched, pair != null && pair.stage() == PairStage.ENGAGEMENT_OPEN, attendance != null ? attendance.attended() : 0,
					attendance != null && attendance.onboardingAttended(), attendance != null && attendance.ruleMet(),
					done != null && done.intake(), done != null && done.outtake(),
					done != null && done.exitInterview());
			organizationRows.add(new Row(id, organizationNames.getOrDefault(id, ""), true, unsigned,
					pair == null || pair.providerId() == null ? List.of() : List.of(pair.providerId()),
					pair == null ? null : pair.stage(),
					pair == null ? null : pair.engagementId(), steps, missing(status, true, steps)));
		}
		List<Row> providerRows = new ArrayList<>();
		for (UUID id : providerIds) {
			CohortSessions.Attendance attendance = attendanceOfProvider.get(id);
			CohortForms.FormsDone done = formsOfProvider.get(id);
			boolean signed = agreements.providerSigned(id);
			List<UUID> partners = partnersOf.getOrDefault(id, List.of());
			Steps steps = new Steps(signed, !partners.isEmpty(), false, attendance != null ? attendance.attended() : 0,
					attendance != null && attendance.onboardingAttended(), attendance != null && attendance.ruleMet(),
					false, false, done != null && done.exitInterview());
			providerRows.add(new Row(id, providerNames.getOrDefault(id, ""), false,
					signed ? List.of() : List.of(CohortAgreements.Kind.CONFIDENTIALITY), partners, null, null, steps,
					missing(status, false, steps)));
		}
		Map<UUID, String> partnerNames = new HashMap<>(providerNames);
		partnerNames.putAll(organizationNames);
		return new Board(cohort, organizationRows, providerRows, partnerNames, sessions.kickOffHeld(cohortId));
	}

	/**
	 * What is missing for a participant at the cohort's stage: agreements always; from the running term the match, its
	 * engagement, the intake; from closing the two sessions with onboarding, the outtake and the exit interview.
	 */
	public static List<Missing> missing(CohortStatus status, boolean organization, Steps steps) {
		boolean running = status == CohortStatus.RUNNING || status == CohortStatus.CLOSING
				|| status == CohortStatus.CLOSED;
		boolean closing = status == CohortStatus.CLOSING || status == CohortStatus.CLOSED;
		Set<Missing> missing = EnumSet.noneOf(Missing.class);
		if (!steps.agreements()) {
			missing.add(Missing.AGREEMENTS);
		}
		if (organization && running && !steps.matched()) {
			missing.add(Missing.MATCH);
		}
		if (organization && running && steps.matched() && !steps.engaged()) {
			missing.add(Missing.ENGAGEMENT);
		}
		if (organization && running && !steps.intake()) {
			missing.add(Missing.INTAKE);
		}
		if (closing && !steps.ruleMet()) {
			missing.add(Missing.SESSIONS);
		}
		if (organization && closing && !steps.outtake()) {
			missing.add(Missing.OUTTAKE);
		}
		if (closing && !steps.exitInterview()) {
			missing.add(Missing.EXIT_INTERVIEW);
		}
		return List.copyOf(missing);
	}

	/** The board: rows for organizations and providers, the names of partners, whether the kick-off was held. */
	public record Board(Cohort cohort, List<Row> organizations, List<Row> providers, Map<UUID, String> names,
			boolean kickOffHeld) {

		public String nameOf(UUID id) {
			return names.getOrDefault(id, "");
		}

	}

	/**
	 * One participant: the organization's or provider's id and name (as staff see it), the agreements it has not signed,
	 * its partners (the matched provider of an organization; the organizations matched with a provider), the pair's stage
	 * and engagement for an organization, each step, and what is missing.
	 */
	public record Row(UUID id, String name, boolean organization, List<CohortAgreements.Kind> unsigned,
			List<UUID> partners, @Nullable PairStage stage, @Nullable UUID engagementId, Steps steps,
			List<Missing> missing) {

		public Row {
			unsigned = List.copyOf(unsigned);
			partners = List.copyOf(partners);
			missing = List.copyOf(missing);
		}

		public boolean complete() {
			return missing.isEmpty();
		}

	}

	/** Each step the program asks of a participant, done or not; sessions as the number attended. */
	public record Steps(boolean agreements, boolean matched, boolean engaged, int sessions, boolean onboarding,
			boolean ruleMet, boolean intake, boolean outtake, boolean exitInterview) {
	}

	/** A step missing, with its message. */
	public enum Missing {

		AGREEMENTS, MATCH, ENGAGEMENT, INTAKE, SESSIONS, OUTTAKE, EXIT_INTERVIEW;

		public String messageKey() {
			return "cohort.board.missing." + switch (this) {
				case AGREEMENTS -> "agreements";
				case MATCH -> "match";
				case ENGAGEMENT -> "engagement";
				case INTAKE -> "intake";
				case SESSIONS -> "sessions";
				case OUTTAKE -> "outtake";
				case EXIT_INTERVIEW -> "exitInterview";
			};
		}

	}

}
