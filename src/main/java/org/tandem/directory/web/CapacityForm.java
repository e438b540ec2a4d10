package org.tandem.directory.web;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;
import org.tandem.directory.domain.Capacity;
import org.tandem.directory.Fee;
import org.tandem.directory.domain.ResponseTime;
import org.tandem.platform.TimeZones;

/** How much a provider can take on, from which time zone, how they charge and how fast they usually answer. */
class CapacityForm {

	@NotNull(message = "{validation.required}")
	@Min(value = 0, message = "{directory.form.number.range}")
	@Max(value = Capacity.MAX_ENGAGEMENTS, message = "{directory.form.number.range}")
	private @Nullable Integer maxEngagements = 1;

	@NotNull(message = "{validation.required}")
	@Min(value = 0, message = "{directory.form.number.range}")
	@Max(value = Capacity.MAX_HOURS, message = "{directory.form.number.range}")
	private @Nullable Integer hoursPerMonth = 10;

	/** Empty on a new application: the zone of the country of residence is then taken. */
	private String timeZone = "";

	private List<Fee> fees = new ArrayList<>();

	@NotNull(message = "{validation.required}")
	private @Nullable ResponseTime responseTime = ResponseTime.WITHIN_A_WEEK;

	/** Checks the time zone and fees; {@code prefix} is the property path of this form inside another one. */
	void check(Errors errors, String prefix) {
		check(errors, prefix, null);
	}

	/** The same; an empty time zone becomes the country's (or UTC) before it is checked. */
	void check(Errors errors, String prefix, @Nullable String country) {
		if (timeZone.isBlank()) {
			String suggested = TimeZones.suggested(country);
			timeZone = suggested == null ? TimeZones.UTC : suggested;
		}
		if (!TimeZones.known(timeZone)) {
			errors.rejectValue(prefix + "timeZone", "directory.form.timeZone.invalid");
		}
		if (fees.isEmpty()) {
			errors.rejectValue(prefix + "fees", "directory.form.fees.required");
		}
	}

	Capacity capacity() {
		return new Capacity(java.util.Objects.requireNonNull(maxEngagements),
				java.util.Objects.requireNonNull(hoursPerMonth), zone(), EnumSet.copyOf(fees),
				java.util.Objects.requireNonNull(responseTime));
	}

	private String zone() {
		try {
			return ZoneId.of(timeZone).getId();
		}
		catch (DateTimeException e) {
			return "UTC";
		}
	}

	static CapacityForm of(Capacity capacity) {
		CapacityForm form = new CapacityForm();
		form.maxEngagements = capacity.maxEngagements();
		form.hoursPerMonth = capacity.hoursPerMonth();
		form.timeZone = TimeZones.selectable(capacity.timeZone());
		form.fees = new ArrayList<>(capacity.fees());
		form.responseTime = capacity.responseTime();
		return form;
	}

	public @Nullable Integer getMaxEngagements() {
		return maxEngagements;
	}

	public void setMaxEngagements(@Nullable Integer maxEngagements) {
		this.maxEngagements = maxEngagements;
	}

	public @Nullable Integer getHoursPerMonth() {
		return hoursPerMonth;
	}

	public void setHoursPerMonth(@Nullable Integer hoursPerMonth) {
		this.hoursPerMonth = hoursPerMonth;
	}

	public String getTimeZone() {
		return timeZone;
	}

	public void setTimeZone(@Nullable String timeZone) {
		this.timeZone = timeZone == null ? "" : timeZone;
	}

	public List<Fee> getFees() {
		return fees;
	}

	public void setFees(List<Fee> fees) {
		this.fees = ProfileForm.withoutNulls(fees);
	}

	public @Nullable ResponseTime getResponseTime() {
		return responseTime;
	}

	public void setResponseTime(@Nullable ResponseTime responseTime) {
		this.responseTime = responseTime;
	}

}
