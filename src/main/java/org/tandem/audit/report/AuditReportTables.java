package org.tandem.audit.report;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tandem.audit.persistence.AuditTables;
import org.tandem.privacy.files.EncryptedFileStore;

/**
 * The reports' part of an organization's purge: every issued version of its audits, rows and PDF files. The purge has
 * destroyed the organization's keys already (the sealed HTML and the encrypted files can never be read again); this
 * deletes the rows and the files' ciphertext. Idempotent.
 */
@Component
class AuditReportTables implements AuditTables {

	static final String KIND = "audit.reports";

	private final JdbcClient jdbc;

	private final EncryptedFileStore files;

	AuditReportTables(JdbcClient jdbc, EncryptedFileStore files) {
		this.jdbc = jdbc;
		this.files = files;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(KIND);
	}

	@Override
	public void purge(UUID organizationId, Map<String, Integer> destroyed) {
		List<UUID> stored = jdbc.sql("select pdf_file_id from audit_report where organization_id = :owner")
			.param("owner", organizationId)
			.query(UUID.class)
			.list();
		int deleted = jdbc.sql("delete from audit_report where organization_id = :owner")
			.param("owner", organizationId)
			.update();
		// the files' ciphertext goes once the rows are gone for good (the keys are gone already)
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					stored.forEach(file -> files.delete(organizationId, file));
				}
			});
		}
		else {
			stored.forEach(file -> files.delete(organizationId, file));
		}
		destroyed.merge(KIND, deleted, Integer::sum);
	}

}
