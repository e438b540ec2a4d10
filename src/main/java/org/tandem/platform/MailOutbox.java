package org.tandem.platform;

/**
 * Queues a mail in the caller's transaction; a job sends it. Mail carries only notices and links, never the
 * content of a request, a message or a note.
 */
public interface MailOutbox {

	void enqueue(String recipient, String subject, String body);

}
