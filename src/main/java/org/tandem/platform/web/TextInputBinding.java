package org.tandem.platform.web;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.tandem.platform.TextInput;

/**
 * Every text a form, a query or a path brings is cleaned of control characters as it is bound ({@link TextInput}),
 * for every controller of every module: a NUL byte never reaches PostgreSQL (which refuses it) nor H2 (which would
 * keep it), and a right-to-left override never reaches a staff page.
 */
@ControllerAdvice
class TextInputBinding {

	@InitBinder
	void cleanText(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
			@Override
			public void setAsText(String text) {
				setValue(text == null ? null : TextInput.clean(text));
			}

			@Override
			public String getAsText() {
				Object value = getValue();
				return value == null ? "" : value.toString();
			}
		});
	}

}
