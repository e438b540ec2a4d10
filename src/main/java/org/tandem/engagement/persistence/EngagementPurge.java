package org.tandem.engagement.persistence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.privacy.PurgeParticipant;

/**
 * The engagement module's part of an organization's purge: its engagements with their participants, phase history,
 * risk register, plan, meetings, decisions, messages, guides, checklists, files, closing, keep-in-touch check-ins and
 * help alerts. The organization's keys, destroyed by the same purge, already made every sealed value
 * unreadable in every copy; this deletes the rows, and the openings that linked a request to the organization. Runs
 * before the organization module's part (participants run in the order of their names), whose row the engagements
 * refer to.
 */
@Component
class EngagementPurge implements PurgeParticipant {

	private final JdbcClient jdbc;

	private final EngagementLoad load;

	EngagementPurge(JdbcClient jdbc, EngagementLoad load) {
		this.jdbc = jdbc;
		this.load = load;
	}

	@Override
	public String name() {
		return "engagement";
	}

	@Override
	public Set<String> kinds() {
		return Set.of("engagement.engagements", "engagement.risks", "engagement.plans", "engagement.planItems",
				"engagement.meetings", "engagement.decisions", "engagement.messages", "engagement.guides",
				"engagement.files", "engagement.closings", "engagement.checkIns", "engagement.alerts");
	}

	@Override
	public Map<String, Integer> purge(UUID owner) {
		Map<String, Integer> destroyed = new LinkedHashMap<>();
		String ofOwner = "(select id from engagement where organization_id = :owner)";
		// working together: checklist items before their guides; decisions name meetings by id only; the files'
		// bytes go with the organization's keys and file store, their records here
		destroyed.put("engagement.files",
				jdbc.sql("delete from engagement_file where organization_id = :owner").param("owner", owner).update());
		jdbc.sql("delete from engagement_checklist_item where organization_id = :owner").param("owner", owner).update();
		destroyed.put("engagement.guides",
				jdbc.sql("delete from engagement_guide where organization_id = :owner").param("owner", owner).update());
		destroyed.put("engagement.messages",
				jdbc.sql("delete from engagement_message where organization_id = :owner").param("owner", owner).update());
		destroyed.put("engagement.decisions",
				jdbc.sql("delete from engagement_decision where organization_id = :owner").param("owner", owner).update());
		destroyed.put("engagement.meetings",
				jdbc.sql("delete from engagement_meeting where organization_id = :owner").param("owner", owner).update());
		destroyed.put("engagement.risks",
				jdbc.sql("delete from engagement_risk where organization_id = :owner").param("owner", owner).update());
		destroyed.put("engagement.alerts",
				jdbc.sql("delete from engagement_alert where organization_id = :owner").param("owner", owner).update());
		destroyed.put("engagement.checkIns",
				jdbc.sql("delete from engagement_check_in where organization_id = :owner").param("owner", owner).update());
		destroyed.put("engagement.closings",
				jdbc.sql("delete from engagement_closing where organization_id = :owner").param("owner", owner).update());
		jdbc.sql("select provider_id, phase from engagement where organization_id = :owner")
			.param("owner", owner)
			.query((rs, row) -> java.util.Map.entry(rs.getObject("provider_id", UUID.class),
					org.tandem.engagement.Phase.valueOf(rs.getString("phase"))))
			.list()
			.forEach(gone -> load.moved(gone.getKey(), gone.getValue(), null));
		destroyed.put("engagement.planItems", jdbc.sql("delete from engagement_plan_item where organization_id = :owner")
			.param("owner", owner)
			.update());
		destroyed.put("engagement.plans",
				jdbc.sql("delete from engagement_plan where organization_id = :owner").param("owner", owner).update());
		jdbc.sql("delete from engagement_phase_change where engagement_id in " + ofOwner).param("owner", owner).update();
		jdbc.sql("delete from engagement_participant where engagement_id in " + ofOwner).param("owner", owner).update();
		jdbc.sql("delete from engagement_opening where engagement_id in " + ofOwner).param("owner", owner).update();
		destroyed.put("engagement.engagements",
				jdbc.sql("delete from engagement where organization_id = :owner").param("owner", owner).update());
		return destroyed;
	}

}
