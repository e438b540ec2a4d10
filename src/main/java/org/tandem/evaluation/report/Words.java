package org.tandem.evaluation.report;

/** Texts in the reader's language, by message key. */
@FunctionalInterface
public interface Words {

	String text(String key, Object... arguments);

}
