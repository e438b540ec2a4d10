package org.tandem.handoff.web;

import java.util.LinkedHashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;
import org.tandem.handoff.domain.DeclineReason;
import org.tandem.handoff.domain.FollowUp;
import org.tandem.platform.InvalidInput;

/** The handoff's forms, kept as typed when a page comes back with an error. */
final class HandoffForms {

	private HandoffForms() {
	}

	/** Puts a refusal on its field when the form has one, else on the form as a whole. */
	static void reject(BindingResult binding, InvalidInput invalid) {
		if (new BeanWrapperImpl(binding.getTarget()).isReadableProperty(invalid.field())) {
			binding.rejectValue(invalid.field(), invalid.messageKey());
		}
		else {
			binding.reject(invalid.messageKey());
		}
	}

	/** The survey page, for either side: where the form is sent and where "back" leads. */
	static String surveyPage(org.springframework.ui.Model model, FollowUp followUp, SurveyForm form, String action,
			String back) {
		model.addAttribute("followUp", followUp);
		model.addAttribute("surveyForm", form);
		model.addAttribute("answers", FollowUp.Answer.values());
		model.addAttribute("action", action);
		model.addAttribute("back", back);
		return "handoff/survey";
	}

	public static class DeclineForm {

		private @Nullable DeclineReason reason;

		private String note = "";

		public @Nullable DeclineReason getReason() {
			return reason;
		}

		public void setReason(@Nullable DeclineReason reason) {
			this.reason = reason;
		}

		public String getNote() {
			return note;
		}

		public void setNote(@Nullable String note) {
			this.note = note == null ? "" : note;
		}

	}

	public static class IntroductionForm {

		private Set<String> reveal = new LinkedHashSet<>();

		private String channel = "";

		private String message = "";

		public Set<String> getReveal() {
			return reveal;
		}

		public void setReveal(@Nullable Set<String> reveal) {
			this.reveal = reveal == null ? new LinkedHashSet<>() : reveal;
		}

		public String getChannel() {
			return channel;
		}

		public void setChannel(@Nullable String channel) {
			this.channel = channel == null ? "" : channel;
		}

		public String getMessage() {
			return message;
		}

		public void setMessage(@Nullable String message) {
			this.message = message == null ? "" : message;
		}

	}

	public static class SurveyForm {

		private FollowUp.@Nullable Answer planResulted;

		private String workDone = "";

		private @Nullable Integer usefulness;

		private FollowUp.@Nullable Answer recommends;

		private String comment = "";

		/** May the answers be counted anonymously: what the side said last time, unticked unless it said yes. */
		private boolean counted;

		static SurveyForm counted(boolean counted) {
			SurveyForm form = new SurveyForm();
			form.counted = counted;
			return form;
		}

		FollowUp.Survey survey() {
			return new FollowUp.Survey(planResulted, workDone, usefulness, recommends, comment, counted);
		}

		public boolean isCounted() {
			return counted;
		}

		public void setCounted(boolean counted) {
			this.counted = counted;
		}

		public FollowUp.@Nullable Answer getPlanResulted() {
			return planResulted;
		}

		public void setPlanResulted(FollowUp.@Nullable Answer planResulted) {
			this.planResulted = planResulted;
		}

		public String getWorkDone() {
			return workDone;
		}

		public void setWorkDone(@Nullable String workDone) {
			this.workDone = workDone == null ? "" : workDone;
		}

		public @Nullable Integer getUsefulness() {
			return usefulness;
		}

		public void setUsefulness(@Nullable Integer usefulness) {
			this.usefulness = usefulness;
		}

		public FollowUp.@Nullable Answer getRecommends() {
			return recommends;
		}

		public void setRecommends(FollowUp.@Nullable Answer recommends) {
			this.recommends = recommends;
		}

		public String getComment() {
			return comment;
		}

		public void setComment(@Nullable String comment) {
			this.comment = comment == null ? "" : comment;
		}

	}

}
