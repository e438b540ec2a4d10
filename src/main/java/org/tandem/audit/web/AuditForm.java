package org.tandem.audit.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tandem.audit.AuditSetting;
import org.tandem.audit.domain.Audit;
import org.tandem.platform.InvalidInput;

import jakarta.validation.constraints.Size;

/**
 * An audit's context as typed: what it covers, the threats the organization named, its size, its country, where the
 * audit is done, the time available (hours and minutes, either may be left empty), the auditor's skills and the
 * report language; and the version of the audit the page showed (0 for a new one).
 */
public class AuditForm {

	@Size(max = Audit.SCOPE_LIMIT, message = "{audit.scope.tooLong}")
	private String scope = "";

	@Size(max = Audit.THREATS_LIMIT, message = "{audit.threats.tooLong}")
	private String threats = "";

	@Size(max = 12, message = "{audit.organizationSize.invalid}")
	private String organizationSize = "";

	@Size(max = 2, message = "{audit.country.invalid}")
	private String country = "";

	private @Nullable AuditSetting setting;

	@Size(max = 6, message = "{audit.start.time.invalid}")
	private String hours = "";

	@Size(max = 6, message = "{audit.start.time.invalid}")
	private String minutes = "";

	@Size(max = Audit.SKILL_LIMIT, message = "{audit.auditorSkills.invalid}")
	private List<String> skills = new ArrayList<>();

	@Size(max = 5, message = "{audit.language.invalid}")
	private String language = "en";

	private long version;

	static AuditForm of(Audit audit) {
		AuditForm form = new AuditForm();
		Audit.Context context = audit.context();
		form.scope = context.scope();
		form.threats = context.threats() == null ? "" : context.threats();
		form.organizationSize = String.valueOf(context.organizationSize());
		form.country = context.country() == null ? "" : context.country();
		form.setting = context.setting();
		int available = context.minutesAvailable();
		form.hours = available == 0 ? "" : String.valueOf(available / 60);
		form.minutes = available == 0 || available % 60 == 0 ? "" : String.valueOf(available % 60);
		form.skills = new ArrayList<>(context.auditorSkills());
		form.language = context.language();
		form.version = audit.version();
		return form;
	}

	static AuditForm fresh(String language) {
		AuditForm form = new AuditForm();
		form.language = language;
		return form;
	}

	/** Only once the form is valid; answers {@link InvalidInput} naming the field that is not a number or a choice. */
	Audit.Context context() {
		int size = whole(organizationSize, "organizationSize", "audit.organizationSize.invalid", Audit.LARGEST_ORGANIZATION);
		if (size < 1) {
			throw new InvalidInput("organizationSize", "audit.organizationSize.invalid");
		}
		if (setting == null) {
			throw new InvalidInput("setting", "audit.start.setting.required");
		}
		int h = hours.isBlank() ? 0 : whole(hours, "hours", "audit.start.time.invalid", Audit.MINUTES_LIMIT / 60);
		int m = minutes.isBlank() ? 0 : whole(minutes, "minutes", "audit.start.time.invalid", Audit.MINUTES_LIMIT);
		if (h * 60 + m > Audit.MINUTES_LIMIT) {
			throw new InvalidInput("hours", "audit.minutesAvailable.invalid");
		}
		return new Audit.Context(scope, threats, size, country, setting, h * 60 + m, new LinkedHashSet<>(skills),
				language);
	}

	private static int whole(String typed, String field, String messageKey, int most) {
		String digits = typed.strip();
		if (!digits.matches("[0-9]{1,9}")) {
			throw new InvalidInput(field, messageKey);
		}
		int value = Integer.parseInt(digits);
		if (value > most) {
			throw new InvalidInput(field, messageKey);
		}
		return value;
	}

	public String getScope() {
		return scope;
	}

	public void setScope(String scope) {
		this.scope = scope;
	}

	public String getThreats() {
		return threats;
	}

	public void setThreats(String threats) {
		this.threats = threats;
	}

	public String getOrganizationSize() {
		return organizationSize;
	}

	public void setOrganizationSize(String organizationSize) {
		this.organizationSize = organizationSize;
	}

	public String getCountry() {
		return country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public @Nullable AuditSetting getSetting() {
		return setting;
	}

	public void setSetting(@Nullable AuditSetting setting) {
		this.setting = setting;
	}

	public String getHours() {
		return hours;
	}

	public void setHours(String hours) {
		this.hours = hours;
	}

	public String getMinutes() {
		return minutes;
	}

	public void setMinutes(String minutes) {
		this.minutes = minutes;
	}

	public List<String> getSkills() {
		return skills;
	}

	public void setSkills(List<String> skills) {
		this.skills = skills;
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
