package org.tandem.evaluation.survey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Invitations' rows; a link's token is kept only as its digest. */
@Component
class InvitationStore {

	private static final String COLUMNS = "id, survey_id, account_id, organization_id, provider_id, target_kind, "
			+ "target_id, moment, created_at, expires_at, answered_at";

	private final JdbcClient jdbc;

	InvitationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Invitation invitation, String tokenDigest) {
		jdbc.sql("insert into survey_invitation (" + COLUMNS + ", token_digest) values (:id, :survey, :account, "
				+ ":organization, :provider, :kind, :target, :moment, :created, :expires, null, :digest)")
			.param("id", invitation.id())
			.param("survey", invitation.surveyId())
			.param("account", invitation.accountId())
			.param("organization", invitation.organizationId())
			.param("provider", invitation.providerId())
			.param("kind", invitation.targetKind().name())
			.param("target", invitation.targetId())
			.param("moment", invitation.moment())
			.param("created", Timestamp.from(invitation.createdAt()))
			.param("expires", Timestamp.from(invitation.expiresAt()))
			.param("digest", tokenDigest)
			.update();
	}

	Optional<Invitation> byDigest(String digest) {
		return jdbc.sql("select " + COLUMNS + " from survey_invitation where token_digest = :d").param("d", digest)
			.query(InvitationStore::row).optional();
	}

	Optional<Invitation> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from survey_invitation where id = :id").param("id", id)
			.query(InvitationStore::row).optional();
	}

	/** Whether the person was already invited to the survey about the target (and moment): nobody is asked twice. */
	boolean exists(UUID surveyId, UUID accountId, UUID targetId, @Nullable String moment) {
		return jdbc.sql("select count(*) from survey_invitation where target_id = :t and survey_id = :s "
				+ "and account_id = :a and " + (moment == null ? "moment is null" : "moment = :m"))
			.param("t", targetId).param("s", surveyId).param("a", accountId)
			.params(moment == null ? java.util.Map.of() : java.util.Map.of("m", moment))
			.query(Integer.class).single() > 0;
	}

	/** Marks the invitation answered, once: false when it was answered already (or by a concurrent request). */
	boolean markAnswered(UUID id, Instant now) {
		return jdbc.sql("update survey_invitation set answered_at = :now where id = :id and answered_at is null "
				+ "and expires_at > :now").param("now", Timestamp.from(now)).param("id", id).update() == 1;
	}

	/** A person's invitations, newest first, from a key. */
	List<Invitation> ofAccount(UUID accountId, @Nullable Instant at, @Nullable UUID id, int limit) {
		String after = at == null ? "" : " and (created_at < :at or (created_at = :at and id < :id))";
		JdbcClient.StatementSpec spec = jdbc.sql("select " + COLUMNS + " from survey_invitation where account_id = :a"
				+ after + " order by created_at desc, id desc fetch first " + limit + " rows only").param("a", accountId);
		if (at != null) {
			spec = spec.param("at", Timestamp.from(at)).param("id", id);
		}
		return spec.query(InvitationStore::row).list();
	}

	int deleteExpired(Instant now, int limit) {
		List<UUID> ids = jdbc.sql("select id from survey_invitation where expires_at <= :now fetch first " + limit
				+ " rows only").param("now", Timestamp.from(now)).query(UUID.class).list();
		int deleted = 0;
		for (UUID id : ids) {
			deleted += jdbc.sql("delete from survey_invitation where id = :id").param("id", id).update();
		}
		return deleted;
	}

	static Invitation row(ResultSet rs, int n) throws SQLException {
		Timestamp answered = rs.getTimestamp("answered_at");
		return new Invitation(rs.getObject("id", UUID.class), rs.getObject("survey_id", UUID.class),
				rs.getObject("account_id", UUID.class), rs.getObject("organization_id", UUID.class),
				rs.getObject("provider_id", UUID.class), TargetKind.valueOf(rs.getString("target_kind")),
				rs.getObject("target_id", UUID.class), rs.getString("moment"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("expires_at").toInstant(), answered == null ? null : answered.toInstant());
	}

}
