package org.tandem.account.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;
import org.tandem.platform.InvalidInput;

/** Page input of the account module, validated with translated messages. */
final class Forms {

	private Forms() {
	}

	/** Puts a rule's refusal next to its field, so the page shows it and keeps what was typed. */
	static void reject(BindingResult binding, InvalidInput invalid) {
		if (hasField(binding, invalid.field())) {
			binding.rejectValue(invalid.field(), invalid.messageKey());
		}
		else {
			binding.reject(invalid.messageKey());
		}
	}

	private static boolean hasField(BindingResult binding, String field) {
		Object target = binding.getTarget();
		return target != null && new org.springframework.beans.BeanWrapperImpl(target).isReadableProperty(field);
	}

	static void checkRepeated(BindingResult binding, String password, String again) {
		if (!binding.hasFieldErrors("password") && !password.equals(again)) {
			binding.rejectValue("passwordAgain", "password.mismatch");
		}
	}

	/** A new account's details (first administrator or accepted invitation). */
	public static class NewAccountForm {

		@NotBlank(message = "{validation.required}")
		@Size(max = 120, message = "{validation.tooLong}")
		private String displayName = "";

		@NotBlank(message = "{validation.required}")
		@Size(min = 3, max = 64, message = "{account.username.size}")
		@jakarta.validation.constraints.Pattern(regexp = "^[A-Za-z0-9._-]*$", message = "{account.username.pattern}")
		private String username = "";

		@Email(message = "{validation.email}")
		@Size(max = 254, message = "{validation.tooLong}")
		private String email = "";

		@NotBlank(message = "{validation.required}")
		private String password = "";

		private String passwordAgain = "";

		public String getDisplayName() {
			return displayName;
		}

		public void setDisplayName(String displayName) {
			this.displayName = displayName;
		}

		public String getUsername() {
			return username;
		}

		public void setUsername(String username) {
			this.username = username;
		}

		public String getEmail() {
			return email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

		public String getPassword() {
			return password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

		public String getPasswordAgain() {
			return passwordAgain;
		}

		public void setPasswordAgain(String passwordAgain) {
			this.passwordAgain = passwordAgain;
		}

	}

	public static class NewPasswordForm {

		@NotBlank(message = "{validation.required}")
		private String password = "";

		private String passwordAgain = "";

		public String getPassword() {
			return password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

		public String getPasswordAgain() {
			return passwordAgain;
		}

		public void setPasswordAgain(String passwordAgain) {
			this.passwordAgain = passwordAgain;
		}

	}

	public static class ChangePasswordForm extends NewPasswordForm {

		@NotBlank(message = "{validation.required}")
		private String currentPassword = "";

		public String getCurrentPassword() {
			return currentPassword;
		}

		public void setCurrentPassword(String currentPassword) {
			this.currentPassword = currentPassword;
		}

	}

	/** Who asks for a new password: their username or email address. */
	public record ResetRequestForm(
			@NotBlank(message = "{validation.required}") @Size(max = 254, message = "{validation.tooLong}") String name) {

		public ResetRequestForm {
			name = name == null ? "" : name;
		}

		static ResetRequestForm empty() {
			return new ResetRequestForm("");
		}

	}

	public static class CodeForm {

		@NotBlank(message = "{validation.required}")
		@Size(max = 12, message = "{totp.invalid}")
		private String code = "";

		public String getCode() {
			return code;
		}

		public void setCode(String code) {
			this.code = code;
		}

	}

	public static class InvitationForm {

		private List<String> roles = new ArrayList<>();

		@Email(message = "{validation.email}")
		@Size(max = 254, message = "{validation.tooLong}")
		private String email = "";

		private boolean sendMail;

		public List<String> getRoles() {
			return roles;
		}

		public void setRoles(List<String> roles) {
			this.roles = roles;
		}

		public String getEmail() {
			return email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

		public boolean isSendMail() {
			return sendMail;
		}

		public void setSendMail(boolean sendMail) {
			this.sendMail = sendMail;
		}

	}

	/** An account's roles as an administrator ticks them, by name. */
	public record RolesForm(List<String> roles) {

		public RolesForm {
			roles = roles == null ? List.of() : roles;
		}

	}

	public static class TokenForm {

		@NotBlank(message = "{validation.required}")
		@Size(max = 80, message = "{validation.tooLong}")
		private String name = "";

		private List<String> scopes = new ArrayList<>();

		private int days = 30;

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public List<String> getScopes() {
			return scopes;
		}

		public void setScopes(List<String> scopes) {
			this.scopes = scopes;
		}

		public int getDays() {
			return days;
		}

		public void setDays(int days) {
			this.days = days;
		}

	}

}
