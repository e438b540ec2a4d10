package org.tandem.platform;

/**
 * Queues a mail in the caller's transaction; a job sends it. Mail carries only notices and links, never the
 * content of a request, a message or a note.
 */
public interface MailOutbox {

	void enqueue(String recipient, String subject, String body);

	/** Queues a mail about something an owner's purge destroys: the purge takes back the mail if it is still queued. */
	void enqueue(String recipient, String subject, String body, java.util.UUID owner);

	/** Drops every queued mail about the owner; returns how many. Purges call it. */
	int discard(java.util.UUID owner);

}
