package org.tandem.engagement.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * An anonymous requester's pseudonym and password for a workspace, as typed. The pseudonym follows the rules of
 * sign-in names; the password is checked by the account module's policy and is never shown back.
 */
public class PseudonymForm {

	@NotBlank(message = "{validation.required}")
	@Size(min = 3, max = 64, message = "{account.username.size}")
	@Pattern(regexp = "^[A-Za-z0-9._-]*$", message = "{account.username.pattern}")
	private String pseudonym = "";

	@NotBlank(message = "{validation.required}")
	@Size(max = 1024, message = "{validation.tooLong}")
	private String password = "";

	@Size(max = 1024, message = "{validation.tooLong}")
	private String passwordAgain = "";

	public String getPseudonym() {
		return pseudonym;
	}

	public void setPseudonym(@Nullable String pseudonym) {
		this.pseudonym = pseudonym == null ? "" : pseudonym;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(@Nullable String password) {
		this.password = password == null ? "" : password;
	}

	public String getPasswordAgain() {
		return passwordAgain;
	}

	public void setPasswordAgain(@Nullable String passwordAgain) {
		this.passwordAgain = passwordAgain == null ? "" : passwordAgain;
	}

}
