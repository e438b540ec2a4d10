package org.tandem.audit.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tandem.account.Accounts;
import org.tandem.audit.AuditSide;
import org.tandem.audit.domain.Audit;
import org.tandem.audit.domain.AuditService;
import org.tandem.platform.Cursors;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;
import org.tandem.privacy.KeyPurpose;
import org.tandem.privacy.files.EncryptedFileStore;
import org.tandem.privacy.files.StoredFile;

/**
 * An audit's reports, always as one account. Everyone who sees the audit (through {@link AuditService#get}) sees and
 * downloads its issued versions; only the auditor's side issues one, closed audit or not (a report of a closed audit
 * is still a record of it). Issuing lays the report out from the {@link ReportSource} as it is now, in the audit's
 * language, and keeps it as version n + 1 of its kind: its HTML sealed, its PDF an encrypted file. A version is never
 * changed; "issue a new version" is how a report follows the audit's changes.
 */
@Service
public class AuditReports {

	/** Versions listed at a time. */
	public static final int PAGE_SIZE = 20;

	/** The most versions of one kind an audit keeps (a bound on what one audit may store). */
	public static final int LIMIT = 100;

	private final AuditService audits;

	private final ReportSource source;

	private final ReportLayout layout;

	private final AuditReportRepository reports;

	private final EncryptedFileStore files;

	private final Accounts accounts;

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditReports(AuditService audits, ReportSource source, ReportLayout layout, AuditReportRepository reports,
			EncryptedFileStore files, Accounts accounts, JdbcClient jdbc, Clock clock) {
		this.audits = audits;
		this.source = source;
		this.layout = layout;
		this.reports = reports;
		this.files = files;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Issues the next version of the kind, as the auditor's side. Two issued at once in one audit: the one that comes
	 * second is refused ({@link org.springframework.dao.OptimisticLockingFailureException} from the audit's row), never
	 * numbered twice.
	 */
	@Transactional
	public AuditReport issue(UUID auditId, UUID accountId, ReportKind kind) {
		Audit audit = audits.forAuditor(auditId, accountId);
		audits.touched(auditId); // locks the audit's row until this commits: numbers follow one another
		int number = reports.lastNumber(auditId, kind.name()) + 1;
		if (number > LIMIT) {
			throw new InvalidInput("kind", "audit.report.tooMany");
		}
		ReportInput input = source.input(auditId, accountId).orElseThrow(NotFoundException::new);
		String body = layout.body(input, kind, number);
		byte[] pdf = layout.pdf(layout.document(body, input.language(), kind, number), input.language());
		UUID owner = audit.organizationId();
		StoredFile stored = files.store(owner, KeyPurpose.CASE, new ByteArrayInputStream(pdf));
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					files.delete(owner, stored.id());
				}
			}
		});
		return reports.save(AuditReport.issued(UUID.randomUUID(), auditId, owner, kind, number, input.language(),
				accountId, clock.instant(), body, stored.id(), stored.size()));
	}

	/**
	 * The audit's issued versions, both kinds, newest first, {@link #PAGE_SIZE} at a time from a cursor ({@code before}
	 * of the page before; one not made here starts from the newest). Nothing sealed is opened for the list.
	 */
	@Transactional(readOnly = true)
	public Listing list(UUID auditId, UUID accountId, @Nullable String before) {
		AuditService.Seen seen = audits.get(auditId, accountId);
		Optional<Position> from = Optional.ofNullable(before).flatMap(Position::parse);
		String after = from.isPresent() ? " and (issued_at < :at or (issued_at = :at and id < :id))" : "";
		List<Entry> rows = jdbc.sql("select id, kind, number, language, issued_by, issued_at, pdf_size"
				+ " from audit_report where audit_id = :audit" + after
				+ " order by issued_at desc, id desc fetch first :limit rows only")
			.param("audit", auditId)
			.param("at", from.map(p -> Timestamp.from(p.issuedAt())).orElse(null))
			.param("id", from.map(Position::id).orElse(null))
			.param("limit", PAGE_SIZE + 1)
			.query((rs, n) -> new Entry(rs.getObject("id", UUID.class), ReportKind.valueOf(rs.getString("kind")),
					rs.getInt("number"), rs.getString("language"), rs.getObject("issued_by", UUID.class), "",
					rs.getTimestamp("issued_at").toInstant(), rs.getLong("pdf_size")))
			.list();
		boolean more = rows.size() > PAGE_SIZE;
		List<Entry> shown = more ? rows.subList(0, PAGE_SIZE) : rows;
		Map<UUID, Accounts.Person> people = accounts
			.byIds(shown.stream().map(Entry::issuedBy).collect(Collectors.toSet()));
		List<Entry> named = shown.stream()
			.map(e -> e.named(Optional.ofNullable(people.get(e.issuedBy())).map(Accounts.Person::displayName)
				.orElse("")))
			.toList();
		String next = more ? Cursors.encode(shown.getLast().issuedAt().toString(), shown.getLast().id().toString())
				: null;
		return new Listing(seen.audit(), seen.side(), named, next);
	}

	/** One issued version, found only through its audit (which the account must see). */
	@Transactional(readOnly = true)
	public AuditReport get(UUID auditId, UUID accountId, UUID reportId) {
		audits.get(auditId, accountId);
		return reports.findById(reportId).filter(r -> r.auditId().equals(auditId)).orElseThrow(NotFoundException::new);
	}

	/** The version's PDF as it was issued; "not found" once its file or its keys are gone. */
	public byte[] pdf(UUID auditId, UUID accountId, UUID reportId) {
		AuditReport report = get(auditId, accountId, reportId);
		try (InputStream in = files.open(report.organizationId(), report.pdfFileId(), KeyPurpose.CASE)
			.orElseThrow(NotFoundException::new)) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The version as a standalone printable HTML document (its issued body in the printable page). */
	public String document(UUID auditId, UUID accountId, UUID reportId) {
		AuditReport report = get(auditId, accountId, reportId);
		return layout.document(report.html(), report.locale(), report.kind(), report.number());
	}

	/** A page of versions, the audit they belong to and the side the account sees it from. */
	public record Listing(Audit audit, AuditSide side, List<Entry> reports, @Nullable String before) {

		public boolean auditor() {
			return side == AuditSide.AUDITOR;
		}

	}

	/** An issued version as the list shows it: nothing sealed. */
	public record Entry(UUID id, ReportKind kind, int number, String language, UUID issuedBy, String issuedByName,
			Instant issuedAt, long pdfSize) {

		Entry named(String name) {
			return new Entry(id, kind, number, language, issuedBy, name, issuedAt, pdfSize);
		}

		public String fileName() {
			return kind.fileName(number);
		}

		/** When it was issued, as the pages write times (ISO order, UTC). */
		public String issuedAtText() {
			return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
				.withZone(java.time.ZoneOffset.UTC)
				.format(issuedAt) + " UTC";
		}

	}

	private record Position(Instant issuedAt, UUID id) {

		static Optional<Position> parse(String cursor) {
			return Cursors.decode(cursor, 2).flatMap(keys -> {
				try {
					return Optional.of(new Position(Instant.parse(keys.get(0)), UUID.fromString(keys.get(1))));
				}
				catch (RuntimeException e) {
					return Optional.empty();
				}
			});
		}

	}

}
