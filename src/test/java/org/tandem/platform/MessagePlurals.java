package org.tandem.platform;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.MessagePattern.ArgType;
import com.ibm.icu.text.MessagePattern.Part;

/** Reads a message's structure the way ICU parses it: its arguments and the cases of its plural arguments. */
final class MessagePlurals {

	private MessagePlurals() {
	}

	static MessagePattern parse(String message) {
		return new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL).parse(message);
	}

	/** The numbers of the arguments a message uses ({@code {0}}, {@code {1, plural, ...}}, ...). */
	static Set<Integer> arguments(String message) {
		MessagePattern pattern = parse(message);
		Set<Integer> numbers = new TreeSet<>();
		for (int i = 0; i < pattern.countParts(); i++) {
			Part part = pattern.getPart(i);
			if (part.getType() == Part.Type.ARG_NUMBER) {
				numbers.add(part.getValue());
			}
		}
		return numbers;
	}

	/** The argument types a message uses, nested ones included. */
	static Set<ArgType> argumentTypes(String message) {
		MessagePattern pattern = parse(message);
		Set<ArgType> types = new LinkedHashSet<>();
		for (int i = 0; i < pattern.countParts(); i++) {
			Part part = pattern.getPart(i);
			if (part.getType() == Part.Type.ARG_START) {
				types.add(part.getArgType());
			}
		}
		return types;
	}

	/** For each plural argument of a message, nested ones included, its cases ({@code one}, {@code other}, {@code =0}). */
	static List<Set<String>> pluralCases(String message) {
		MessagePattern pattern = parse(message);
		List<Set<String>> plurals = new ArrayList<>();
		for (int i = 0; i < pattern.countParts(); i++) {
			Part part = pattern.getPart(i);
			if (part.getType() == Part.Type.ARG_START && part.getArgType() == ArgType.PLURAL) {
				Set<String> cases = new LinkedHashSet<>();
				int limit = pattern.getLimitPartIndex(i);
				for (int j = i + 1; j < limit; j++) {
					Part inner = pattern.getPart(j);
					if (inner.getType() == Part.Type.ARG_SELECTOR) {
						cases.add(pattern.getSubstring(inner));
					}
					else if (inner.getType() == Part.Type.MSG_START) {
						j = pattern.getLimitPartIndex(j); // the case's text; its own plurals are counted on their own
					}
				}
				plurals.add(cases);
			}
		}
		return plurals;
	}

}
