package org.tandem.cohort.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.cohort.CohortAgreements.Kind;
import org.tandem.cohort.domain.AgreementParty;
import org.tandem.cohort.domain.AgreementSignature;
import org.tandem.cohort.domain.AgreementSignatureLine;

/**
 * Signatures: inserted, read, and deleted only by an organization's purge ({@link AgreementPurge}). Every query about
 * one party names its column, so a page about one organization never reads another's.
 */
@Repository
public class AgreementSignatureRows {

	private static final String COLUMNS = """
			id, kind, version_number, language, signed_text, text_sha256, account_id, organization_id, provider_id,
			signed_at""";

	private final JdbcClient jdbc;

	AgreementSignatureRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds a signature; fails (duplicate key) if the party signed this version already. */
	public void insert(AgreementSignature signature) {
		AgreementParty party = signature.party();
		jdbc.sql("insert into cohort_agreement_signature (" + COLUMNS + """
				) values (:id, :kind, :number, :language, :text, :sha, :account, :organization, :provider, :signedAt)""")
			.param("id", signature.id())
			.param("kind", signature.kind().name())
			.param("number", signature.version())
			.param("language", signature.language())
			.param("text", signature.text())
			.param("sha", signature.textSha256())
			.param("account", signature.accountId())
			.param("organization", party.organization() ? party.id() : null)
			.param("provider", party.organization() ? null : party.id())
			.param("signedAt", OffsetDateTime.ofInstant(signature.signedAt(), ZoneOffset.UTC))
			.update();
	}

	/** Whether the party signed this version of the kind. */
	public boolean signed(AgreementParty party, Kind kind, int number) {
		return jdbc.sql("select count(*) from cohort_agreement_signature where " + column(party)
				+ " = :party and kind = :kind and version_number = :number")
			.param("party", party.id())
			.param("kind", kind.name())
			.param("number", number)
			.query(Long.class)
			.single() > 0;
	}

	/** The party's signatures, by kind then newest version first (a few per kind). */
	public List<AgreementSignature> of(AgreementParty party) {
		return jdbc.sql("select " + COLUMNS + " from cohort_agreement_signature where " + column(party)
				+ " = :party order by kind, version_number desc")
			.param("party", party.id())
			.query(AgreementSignatureRows::signature)
			.list();
	}

	/** The kinds the party signed at some version. */
	public List<Kind> signedKinds(AgreementParty party) {
		return jdbc.sql("select distinct kind from cohort_agreement_signature where " + column(party) + " = :party")
			.param("party", party.id())
			.query(String.class)
			.list()
			.stream()
			.map(Kind::valueOf)
			.toList();
	}

	/** Every signature, newest first, {@code limit} of them after the (signed_at, id) key given (none: the first). */
	public List<AgreementSignatureLine> newest(@Nullable Instant beforeAt, @Nullable UUID beforeId, int limit) {
		String after = beforeAt == null ? "" : "where signed_at < :at or (signed_at = :at and id < :id) ";
		var statement = jdbc.sql("""
				select id, kind, version_number, language, organization_id, provider_id, signed_at
				from cohort_agreement_signature""" + " " + after + "order by signed_at desc, id desc fetch first :limit rows only")
			.param("limit", limit);
		if (beforeAt != null) {
			statement = statement.param("at", OffsetDateTime.ofInstant(beforeAt, ZoneOffset.UTC)).param("id", beforeId);
		}
		return statement.query((rs, row) -> new AgreementSignatureLine(rs.getObject("id", UUID.class), Kind.valueOf(rs.getString("kind")),
				rs.getInt("version_number"), rs.getString("language"), party(rs), AgreementTextRows.instant(rs,
						"signed_at")))
			.list();
	}

	/** Deletes the organization's signatures; returns how many. */
	int deleteFor(UUID organizationId) {
		return jdbc.sql("delete from cohort_agreement_signature where organization_id = :organization")
			.param("organization", organizationId)
			.update();
	}

	private static String column(AgreementParty party) {
		return party.organization() ? "organization_id" : "provider_id";
	}

	private static AgreementParty party(ResultSet rs) throws SQLException {
		UUID organization = rs.getObject("organization_id", UUID.class);
		return organization != null ? AgreementParty.organization(organization)
				: AgreementParty.provider(rs.getObject("provider_id", UUID.class));
	}

	private static AgreementSignature signature(ResultSet rs, int row) throws SQLException {
		return new AgreementSignature(rs.getObject("id", UUID.class), Kind.valueOf(rs.getString("kind")),
				rs.getInt("version_number"), rs.getString("language"), rs.getString("signed_text"),
				rs.getString("text_sha256"), rs.getObject("account_id", UUID.class), party(rs),
				AgreementTextRows.instant(rs, "signed_at"));
	}

}
