package org.tandem.audit.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.tandem.audit.AuditSetting;
import org.tandem.audit.AuditStatus;
import org.tandem.platform.InvalidInput;
import org.tandem.privacy.DataOwner;
import org.tandem.privacy.KeyPurpose;
import org.tandem.privacy.Sealed;
import org.tandem.privacy.SealedText;

/**
 * An audit of one organization, inside an engagement or on its own: what it covers and the context the auditor plans
 * for. The scope and the threats the organization named are sealed under its case key; the rest is what proposing
 * activities needs, in the clear. Activities, findings, recommendations and reports are aggregates of their own that
 * name the audit.
 */
@Table("audit")
public class Audit {

	public static final int SCOPE_LIMIT = 4_000;

	public static final int THREATS_LIMIT = 4_000;

	public static final int LARGEST_ORGANIZATION = 1_000_000;

	/** Two weeks of working days of eight hours, in minutes, is far beyond any audit's time; the limit is generous. */
	public static final int MINUTES_LIMIT = 100_000;

	public static final int SKILL_LIMIT = 40;

	/** The languages Tandem ships, which a report can be written in (the platform's web layer lists the same). */
	public static final java.util.List<String> REPORT_LANGUAGES = java.util.List.of("en", "es", "fr", "pt", "ar");

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

	@Id
	private final UUID id;

	@DataOwner
	private final UUID organizationId;

	private final @Nullable UUID engagementId;

	private final UUID startedBy;

	private AuditStatus status;

	@Sealed(KeyPurpose.CASE)
	private SealedText scope;

	@Sealed(KeyPurpose.CASE)
	private @Nullable SealedText threats;

	private int organizationSize;

	private @Nullable String country;

	private AuditSetting setting;

	private int minutesAvailable;

	private String auditorSkills;

	private String language;

	private @Nullable LocalDate recheckOn;

	private final Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	Audit(UUID id, UUID organizationId, @Nullable UUID engagementId, UUID startedBy, AuditStatus status,
			SealedText scope, @Nullable SealedText threats, int organizationSize, @Nullable String country,
			AuditSetting setting, int minutesAvailable, String auditorSkills, String language,
			@Nullable LocalDate recheckOn, Instant createdAt, Instant updatedAt, @Nullable Long version) {
		this.id = id;
		this.organizationId = organizationId;
		this.engagementId = engagementId;
		this.startedBy = startedBy;
		this.status = status;
		this.scope = scope;
		this.threats = threats;
		this.organizationSize = organizationSize;
		this.country = country;
		this.setting = setting;
		this.minutesAvailable = minutesAvailable;
		this.auditorSkills = auditorSkills;
		this.language = language;
		this.recheckOn = recheckOn;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	static Audit start(UUID organizationId, @Nullable UUID engagementId, UUID startedBy, Context context,
			Instant now) {
		context.check();
		return new Audit(UUID.randomUUID(), organizationId, engagementId, startedBy, AuditStatus.PLANNING,
				SealedText.of(context.scope()), context.threats() == null ? null : SealedText.of(context.threats()),
				context.organizationSize(), context.country(), context.setting(), context.minutesAvailable(),
				String.join(" ", context.auditorSkills()), context.language(), null, now, now, null);
	}

	void change(Context context, Instant now) {
		context.check();
		if (!context.scope().equals(scope())) {
			scope = SealedText.of(context.scope());
		}
		String newThreats = context.threats();
		if (newThreats == null) {
			threats = null;
		}
		else if (!newThreats.equals(threats())) {
			threats = SealedText.of(newThreats);
		}
		organizationSize = context.organizationSize();
		country = context.country();
		setting = context.setting();
		minutesAvailable = context.minutesAvailable();
		auditorSkills = String.join(" ", context.auditorSkills());
		language = context.language();
		updatedAt = now;
	}

	void moveTo(AuditStatus to, Instant now) {
		status = to;
		updatedAt = now;
	}

	void recheckOn(@Nullable LocalDate date, Instant now) {
		recheckOn = date;
		updatedAt = now;
	}

	public UUID id() {
		return id;
	}

	public UUID organizationId() {
		return organizationId;
	}

	public @Nullable UUID engagementId() {
		return engagementId;
	}

	public UUID startedBy() {
		return startedBy;
	}

	public AuditStatus status() {
		return status;
	}

	/** Whether nothing may change any more. */
	public boolean closed() {
		return status == AuditStatus.CLOSED;
	}

	public String scope() {
		return scope.reveal();
	}

	public @Nullable String threats() {
		return SealedText.readable(threats);
	}

	public int organizationSize() {
		return organizationSize;
	}

	public @Nullable String country() {
		return country;
	}

	public AuditSetting setting() {
		return setting;
	}

	public int minutesAvailable() {
		return minutesAvailable;
	}

	/** The skills the auditor brings (catalog skill slugs). */
	public Set<String> auditorSkills() {
		return auditorSkills.isBlank() ? Set.of()
				: Arrays.stream(auditorSkills.split(" ")).collect(Collectors.toCollection(TreeSet::new));
	}

	/** The language the organization reads its reports in. */
	public String language() {
		return language;
	}

	public Locale locale() {
		return Locale.forLanguageTag(language);
	}

	public @Nullable LocalDate recheckOn() {
		return recheckOn;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public long version() {
		return version == null ? 0 : version;
	}

	public Context context() {
		return new Context(scope(), threats(), organizationSize, country, setting, minutesAvailable, auditorSkills(),
				language);
	}

	/**
	 * What the auditor plans for: the scope, the threats the organization named, its size, its country (ISO 3166
	 * alpha-2, optional), where the audit is done, the minutes available, the skills the auditor brings (catalog
	 * slugs) and the language of the reports.
	 */
	public record Context(String scope, @Nullable String threats, int organizationSize, @Nullable String country,
			AuditSetting setting, int minutesAvailable, Set<String> auditorSkills, String language) {

		public Context {
			scope = scope.strip();
			threats = threats == null || threats.isBlank() ? null : threats.strip();
			country = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
			auditorSkills = Set.copyOf(auditorSkills);
		}

		void check() {
			if (scope.isEmpty()) {
				throw new InvalidInput("scope", "audit.scope.required");
			}
			if (scope.length() > SCOPE_LIMIT) {
				throw new InvalidInput("scope", "audit.scope.tooLong");
			}
			if (threats != null && threats.length() > THREATS_LIMIT) {
				throw new InvalidInput("threats", "audit.threats.tooLong");
			}
			if (organizationSize < 1 || organizationSize > LARGEST_ORGANIZATION) {
				throw new InvalidInput("organizationSize", "audit.organizationSize.invalid");
			}
			if (country != null && !COUNTRIES.contains(country)) {
				throw new InvalidInput("country", "audit.country.invalid");
			}
			if (minutesAvailable < 0 || minutesAvailable > MINUTES_LIMIT) {
				throw new InvalidInput("minutesAvailable", "audit.minutesAvailable.invalid");
			}
			if (auditorSkills.size() > SKILL_LIMIT || !auditorSkills.stream().allMatch(s -> SLUG.matcher(s).matches())) {
				throw new InvalidInput("auditorSkills", "audit.auditorSkills.invalid");
			}
			if (!REPORT_LANGUAGES.contains(language)) {
				throw new InvalidInput("language", "audit.language.invalid");
			}
		}

	}

}
