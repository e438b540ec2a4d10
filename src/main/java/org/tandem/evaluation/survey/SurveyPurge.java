package org.tandem.evaluation.survey;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.privacy.PurgeParticipant;

/**
 * The surveys' part of a purge (of an organization, or of a provider): their responses and invitations, and the
 * knowledge checks written for the organization's engagements with everything of theirs. The tally stays: it counts
 * answers per survey, question, answer, kind of target and quarter, names no organization or person and holds no
 * text, so it cannot tell anything about the purged organization (and it is shown only above the minimum group size).
 */
@Component
class SurveyPurge implements PurgeParticipant {

	private final JdbcClient jdbc;

	SurveyPurge(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "evaluation-surveys";
	}

	@Override
	public Set<String> kinds() {
		return Set.of("evaluation.survey.responses", "evaluation.survey.invitations",
				"evaluation.survey.knowledgeChecks");
	}

	@Override
	public Map<String, Integer> purge(UUID owner) {
		Map<String, Integer> destroyed = new TreeMap<>();
		String checks = "select id from survey where organization_id = :o";
		int responses = update("delete from survey_response where organization_id = :o or provider_id = :o "
				+ "or survey_id in (" + checks + ")", owner);
		int invitations = update("delete from survey_invitation where organization_id = :o or provider_id = :o "
				+ "or survey_id in (" + checks + ")", owner);
		update("delete from survey_tally where survey_id in (" + checks + ")", owner);
		destroyed.put("evaluation.survey.responses", responses);
		destroyed.put("evaluation.survey.invitations", invitations);
		destroyed.put("evaluation.survey.knowledgeChecks", update("delete from survey where organization_id = :o", owner));
		return destroyed;
	}

	private int update(String sql, UUID owner) {
		return jdbc.sql(sql).param("o", owner).update();
	}

}
