package org.tandem.cohort.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.tandem.cohort.domain.CohortSession;
import org.tandem.cohort.domain.SessionAudience;
import org.tandem.cohort.domain.SessionDetails;
import org.tandem.cohort.domain.SessionKind;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.Markdown;
import org.tandem.platform.TimeZones;

import jakarta.validation.constraints.Size;

/**
 * A session as staff typed it: the day and time are read in the session's own time zone, the duration in minutes;
 * kept as typed when the page comes back with an error. The version is the one the page showed.
 */
public class SessionForm {

	@Size(max = 30, message = "{cohort.session.kind.invalid}")
	private String kind = "";

	@Size(max = 30, message = "{cohort.session.audience.invalid}")
	private String audience = SessionAudience.EVERYONE.name();

	@Size(max = SessionDetails.TITLE_MAX, message = "{cohort.session.title.invalid}")
	private String title = "";

	@Size(max = 10, message = "{cohort.session.day.invalid}")
	private String day = "";

	@Size(max = 5, message = "{cohort.session.time.invalid}")
	private String time = "";

	@Size(max = 4, message = "{cohort.session.duration.invalid}")
	private String duration = "60";

	@Size(max = 64, message = "{cohort.session.timeZone.invalid}")
	private String timeZone = TimeZones.UTC;

	@Size(max = SessionDetails.LINK_MAX, message = "{cohort.session.link.invalid}")
	private String link = "";

	@Size(max = SessionDetails.PLACE_MAX, message = "{cohort.session.place.invalid}")
	private String place = "";

	@Size(max = Markdown.LIMIT, message = "{cohort.session.agenda.tooLong}")
	private String agenda = "";

	private long version;

	static SessionForm fresh(LocalDate day, String zone) {
		SessionForm form = new SessionForm();
		form.day = day.toString();
		form.time = "10:00";
		form.timeZone = zone;
		return form;
	}

	static SessionForm of(CohortSession session) {
		SessionForm form = new SessionForm();
		ZonedDateTime local = session.localStart();
		form.kind = session.kind().name();
		form.audience = session.audience().name();
		form.title = session.title();
		form.day = local.toLocalDate().toString();
		form.time = DateTimeFormatter.ofPattern("HH:mm").format(local);
		form.duration = String.valueOf(session.durationMinutes());
		form.timeZone = session.timeZone();
		form.link = session.onlineLink() == null ? "" : session.onlineLink();
		form.place = session.place() == null ? "" : session.place();
		form.agenda = session.agenda() == null ? "" : session.agenda();
		form.version = session.version();
		return form;
	}

	/** The details, or null after rejecting what cannot be read or is refused. */
	@Nullable SessionDetails details(BindingResult binding) {
		if (binding.hasErrors()) {
			return null;
		}
		SessionKind k = Arrays.stream(SessionKind.values()).filter(v -> v.name().equals(kind)).findFirst().orElse(null);
		SessionAudience a = Arrays.stream(SessionAudience.values())
			.filter(v -> v.name().equals(audience))
			.findFirst()
			.orElse(null);
		if (k == null) {
			binding.rejectValue("kind", "cohort.session.kind.invalid");
		}
		if (a == null) {
			binding.rejectValue("audience", "cohort.session.audience.invalid");
		}
		LocalDate d = null;
		LocalTime t = null;
		try {
			d = LocalDate.parse(day.strip());
		}
		catch (DateTimeException notADay) {
			binding.rejectValue("day", "cohort.session.day.invalid");
		}
		try {
			t = LocalTime.parse(time.strip());
		}
		catch (DateTimeException notATime) {
			binding.rejectValue("time", "cohort.session.time.invalid");
		}
		int minutes = -1;
		try {
			minutes = Integer.parseInt(duration.strip());
		}
		catch (NumberFormatException notANumber) {
			binding.rejectValue("duration", "cohort.session.duration.invalid");
		}
		if (!TimeZones.known(timeZone)) {
			binding.rejectValue("timeZone", "cohort.session.timeZone.invalid");
		}
		if (binding.hasErrors() || k == null || a == null || d == null || t == null) {
			return null;
		}
		try {
			return new SessionDetails(k, a, title, ZonedDateTime.of(d, t, ZoneId.of(timeZone)).toInstant(), minutes,
					timeZone, link, place, agenda);
		}
		catch (InvalidInput invalid) {
			binding.rejectValue(invalid.field(), invalid.messageKey());
			return null;
		}
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getAudience() {
		return audience;
	}

	public void setAudience(String audience) {
		this.audience = audience;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDay() {
		return day;
	}

	public void setDay(String day) {
		this.day = day;
	}

	public String getTime() {
		return time;
	}

	public void setTime(String time) {
		this.time = time;
	}

	public String getDuration() {
		return duration;
	}

	public void setDuration(String duration) {
		this.duration = duration;
	}

	public String getTimeZone() {
		return timeZone;
	}

	public void setTimeZone(String timeZone) {
		this.timeZone = timeZone;
	}

	public String getLink() {
		return link;
	}

	public void setLink(String link) {
		this.link = link;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getAgenda() {
		return agenda;
	}

	public void setAgenda(String agenda) {
		this.agenda = agenda;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
