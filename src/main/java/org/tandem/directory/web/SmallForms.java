package org.tandem.directory.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;
import org.tandem.directory.domain.Listing;
import org.tandem.directory.domain.ProviderRows;

/** The small forms of the directory pages. */
final class SmallForms {

	private SmallForms() {
	}

	/** A dated pause. */
	public static class PauseForm {

		@NotNull(message = "{validation.required}")
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private @Nullable LocalDate startsOn;

		@NotNull(message = "{validation.required}")
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private @Nullable LocalDate endsOn;

		void check(Errors errors) {
			if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
				errors.rejectValue("endsOn", "directory.pause.order");
			}
			if (startsOn != null && endsOn != null && startsOn.plusYears(1).isBefore(endsOn)) {
				errors.rejectValue("endsOn", "directory.pause.tooLong");
			}
		}

		ProviderRows.Pause pause() {
			return new ProviderRows.Pause(java.util.Objects.requireNonNull(startsOn),
					java.util.Objects.requireNonNull(endsOn));
		}

		public @Nullable LocalDate getStartsOn() {
			return startsOn;
		}

		public void setStartsOn(@Nullable LocalDate startsOn) {
			this.startsOn = startsOn;
		}

		public @Nullable LocalDate getEndsOn() {
			return endsOn;
		}

		public void setEndsOn(@Nullable LocalDate endsOn) {
			this.endsOn = endsOn;
		}

	}

	/** What an active provider publishes in the public listing. */
	public static class ListingForm {

		private boolean listed;

		@Size(max = 600, message = "{validation.tooLong}")
		private String summary = "";

		@Size(max = 300, message = "{validation.tooLong}")
		private String contact = "";

		void check(Errors errors) {
			if (listed && summary.isBlank()) {
				errors.rejectValue("summary", "directory.listing.summaryRequired");
			}
			if (listed && contact.isBlank()) {
				errors.rejectValue("contact", "directory.listing.contactRequired");
			}
		}

		Listing listing() {
			return new Listing(listed, ProfileForm.blankToNull(summary), ProfileForm.blankToNull(contact));
		}

		static ListingForm of(Listing listing) {
			ListingForm form = new ListingForm();
			form.listed = listing.listed();
			form.summary = listing.summary() == null ? "" : listing.summary();
			form.contact = listing.contact() == null ? "" : listing.contact();
			return form;
		}

		public boolean isListed() {
			return listed;
		}

		public void setListed(boolean listed) {
			this.listed = listed;
		}

		public String getSummary() {
			return summary;
		}

		public void setSummary(String summary) {
			this.summary = summary;
		}

		public String getContact() {
			return contact;
		}

		public void setContact(String contact) {
			this.contact = contact;
		}

	}

	/** A free text: a vouch's relationship, a staff reason or note. */
	public record TextForm(
			@NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.tooLong}") String text) {

		public TextForm {
			text = text == null ? "" : text;
		}

		static TextForm empty() {
			return new TextForm("");
		}

	}

	/** Whether the provider lets their follow-up answers be counted anonymously. */
	public static class CountingForm {

		private boolean counted;

		static CountingForm of(boolean counted) {
			CountingForm form = new CountingForm();
			form.counted = counted;
			return form;
		}

		public boolean isCounted() {
			return counted;
		}

		public void setCounted(boolean counted) {
			this.counted = counted;
		}

	}

}
