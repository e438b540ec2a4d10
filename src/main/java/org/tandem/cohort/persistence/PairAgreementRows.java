package org.tandem.cohort.persistence;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.cohort.domain.PairAgreement;
import org.tandem.privacy.KeyPurpose;
import org.tandem.privacy.Place;
import org.tandem.privacy.Sealer;

/**
 * The pairs' own agreements: one row per organization and cohort, its file name sealed under the organization's keys
 * (bound to the row), so that the organization's purge leaves nothing readable. A name whose keys are gone reads as
 * empty.
 */
@Repository
public class PairAgreementRows {

	private static final String TABLE = "cohort_pair_agreement";

	private final JdbcClient jdbc;

	private final Sealer sealer;

	PairAgreementRows(JdbcClient jdbc, Sealer sealer) {
		this.jdbc = jdbc;
		this.sealer = sealer;
	}

	public Optional<PairAgreement> of(UUID cohortId, UUID organizationId) {
		return jdbc.sql("select * from cohort_pair_agreement where cohort_id = :cohort and organization_id = :o")
			.param("cohort", cohortId)
			.param("o", organizationId)
			.query(this::agreement)
			.optional();
	}

	/** The agreements that name the provider in the cohort (at most one per organization of the cohort). */
	public List<PairAgreement> ofProvider(UUID cohortId, UUID providerId) {
		return jdbc.sql("""
				select * from cohort_pair_agreement where provider_id = :p and cohort_id = :cohort
				fetch first 200 rows only""")
			.param("cohort", cohortId)
			.param("p", providerId)
			.query(this::agreement)
			.list();
	}

	/** Every agreement of the cohort (at most one per organization of the cohort, so at most its capacity). */
	public List<PairAgreement> ofCohort(UUID cohortId) {
		return jdbc.sql("select * from cohort_pair_agreement where cohort_id = :cohort fetch first 200 rows only")
			.param("cohort", cohortId)
			.query(this::agreement)
			.list();
	}

	/** The first upload; fails with a duplicate key when one was uploaded meanwhile. */
	public void insert(PairAgreement a) {
		jdbc.sql("""
				insert into cohort_pair_agreement (cohort_id, organization_id, provider_id, file_id, file_name,
				content_type, size_bytes, uploaded_by, uploaded_at, version)
				values (:cohort, :o, :p, :file, :name, :type, :size, :by, :at, 0)""")
			.param("cohort", a.cohortId())
			.param("o", a.organizationId())
			.param("p", a.providerId())
			.param("file", a.fileId())
			.param("name", seal(a.cohortId(), a.organizationId(), a.fileName()))
			.param("type", a.contentType())
			.param("size", a.sizeBytes())
			.param("by", a.uploadedBy())
			.param("at", SpaceRows.at(a.uploadedAt()))
			.update();
	}

	/** Replaces the agreement if it is still at {@code seenVersion}; false if it changed meanwhile. */
	public boolean replace(PairAgreement a, long seenVersion) {
		return jdbc.sql("""
				update cohort_pair_agreement set provider_id = :p, file_id = :file, file_name = :name,
				content_type = :type, size_bytes = :size, uploaded_by = :by, uploaded_at = :at, version = version + 1
				where cohort_id = :cohort and organization_id = :o and version = :seen""")
			.param("cohort", a.cohortId())
			.param("o", a.organizationId())
			.param("p", a.providerId())
			.param("file", a.fileId())
			.param("name", seal(a.cohortId(), a.organizationId(), a.fileName()))
			.param("type", a.contentType())
			.param("size", a.sizeBytes())
			.param("by", a.uploadedBy())
			.param("at", SpaceRows.at(a.uploadedAt()))
			.param("seen", seenVersion)
			.update() > 0;
	}

	/** Deletes the organization's agreements in every cohort; returns their files (under the organization). */
	List<UUID> deleteOfOrganization(UUID organizationId) {
		List<UUID> files = jdbc.sql("select file_id from cohort_pair_agreement where organization_id = :o")
			.param("o", organizationId)
			.query(UUID.class)
			.list();
		jdbc.sql("delete from cohort_pair_agreement where organization_id = :o").param("o", organizationId).update();
		return files;
	}

	/** Deletes the cohort's agreements; returns each one's organization and file. */
	List<PairAgreement> deleteOfCohort(UUID cohortId) {
		List<PairAgreement> gone = jdbc.sql("select * from cohort_pair_agreement where cohort_id = :cohort")
			.param("cohort", cohortId)
			.query((rs, row) -> new PairAgreement(cohortId, rs.getObject("organization_id", UUID.class),
					rs.getObject("provider_id", UUID.class), rs.getObject("file_id", UUID.class), "", "", 0,
					rs.getObject("uploaded_by", UUID.class), AgreementTextRows.instant(rs, "uploaded_at"), 0))
			.list();
		jdbc.sql("delete from cohort_pair_agreement where cohort_id = :cohort").param("cohort", cohortId).update();
		return gone;
	}

	private byte[] seal(UUID cohortId, UUID organizationId, String name) {
		return sealer.seal(place(cohortId, organizationId), KeyPurpose.CASE, name.getBytes(StandardCharsets.UTF_8));
	}

	private static Place place(UUID cohortId, UUID organizationId) {
		return new Place(TABLE, "file_name", cohortId + ":" + organizationId, organizationId);
	}

	private PairAgreement agreement(ResultSet rs, int row) throws SQLException {
		UUID cohortId = rs.getObject("cohort_id", UUID.class);
		UUID organizationId = rs.getObject("organization_id", UUID.class);
		String name = sealer.open(place(cohortId, organizationId), KeyPurpose.CASE, rs.getBytes("file_name"))
			.map(bytes -> new String(bytes, StandardCharsets.UTF_8))
			.orElse("");
		return new PairAgreement(cohortId, organizationId, rs.getObject("provider_id", UUID.class),
				rs.getObject("file_id", UUID.class), name, rs.getString("content_type"), rs.getLong("size_bytes"),
				rs.getObject("uploaded_by", UUID.class), AgreementTextRows.instant(rs, "uploaded_at"),
				rs.getLong("version"));
	}

}
