package org.tandem.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.util.DetailedError;

/**
 * The list at the top of a long form after a failed submit: each field that needs attention, as a link to it with
 * its label and message. Used by the shared fragment {@code fragments/forms :: errors}; a page names its fields' labels
 * and, where a field is a group (radios, checkboxes), the element to go to.
 */
@Component("formErrors")
public class FormErrors {

	private final MessageSource messages;

	FormErrors(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * One item per field in error (its first message); the form's own messages are shown apart.
	 *
	 * @param errors what {@code #fields.detailedErrors()} gives
	 * @param prefix the prefix of the label keys that follow the field's name ({@code intake.form.} for
	 * {@code intake.form.email})
	 * @param labels label keys for the fields whose key does not follow the prefix (the field's name, or the part
	 * before {@code [}, as key)
	 * @param anchors the id to link to for fields whose element id is not their name (a radio group's first radio)
	 */
	public List<Item> summary(List<DetailedError> errors, String prefix, @Nullable Map<String, String> labels,
			@Nullable Map<String, String> anchors, Locale locale) {
		List<Item> items = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (DetailedError error : errors) {
			if (error.isGlobal()) {
				continue;
			}
			String field = error.getFieldName();
			String base = field.contains("[") ? field.substring(0, field.indexOf('[')) : field;
			if (!seen.add(base)) {
				continue;
			}
			String label = label(base, prefix, labels, locale);
			String anchor = anchors != null && anchors.containsKey(base) ? anchors.get(base) : base;
			items.add(new Item(anchor, label, error.getMessage()));
		}
		return items;
	}

	private String label(String field, String prefix, @Nullable Map<String, String> labels, Locale locale) {
		if (labels != null && labels.containsKey(field)) {
			return messages.getMessage(labels.get(field), null, "", locale);
		}
		String label = messages.getMessage(prefix + field, null, null, locale);
		if (label == null && field.contains(".")) {
			// a nested form's field (capacity.timeZone) is labelled like the same field on its own
			label = messages.getMessage(prefix + field.substring(field.lastIndexOf('.') + 1), null, null, locale);
		}
		// "How should they reach you?: Choose one" reads badly: the label loses its closing mark
		return label == null ? "" : label.strip().replaceAll("[?:؟：]+$", "").strip();
	}

	/** A line of the list: the id it links to, the field's label (empty if it has none) and the message. */
	public record Item(String anchor, String label, String message) {
	}

}
