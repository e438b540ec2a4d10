package org.tandem.platform;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Queues a mail in the caller's transaction; a job sends it, retrying with a growing delay, and keeps what keeps
 * failing as a dead letter for staff to retry or discard. Mail carries only notices and links, never the content of a
 * request, a message or a note (an introduction goes out only encrypted to the recipient's OpenPGP key). Without SMTP
 * configured mail waits in the outbox.
 *
 * <p>Every mail has an owner: the request, organization, provider, account or invitation it concerns. Its recipient,
 * subject and body are stored sealed under that owner's keys and opened only to be sent; a sent mail is deleted, and
 * purging the owner destroys what is still queued with the owner's keys.
 */
public interface MailOutbox {

	/**
	 * Queues a mail about the owner, sealed under the owner's keys. Mail for an owner already purged is not queued:
	 * there is nobody left to write to about it.
	 */
	void enqueue(String recipient, String subject, String body, UUID owner);

	/**
	 * Queues a mail with one attachment, all of it sealed under the owner's keys like {@link #enqueue(String, String,
	 * String, UUID)}; it leaves as a multipart mail, the text first and the attachment after it.
	 */
	void enqueue(String recipient, String subject, String body, UUID owner, Attachment attachment);

	/**
	 * A file sent with a mail.
	 *
	 * @param fileName the name it carries ("invitation.ics")
	 * @param mediaType its media type with parameters ("text/calendar; method=REQUEST; charset=UTF-8")
	 * @param content its bytes, at most {@link #MAX_BYTES}
	 */
	record Attachment(String fileName, String mediaType, byte[] content) {

		public static final int MAX_BYTES = 256 * 1024;

		public Attachment {
			if (content.length > MAX_BYTES || fileName.isBlank() || fileName.length() > 100 || mediaType.length() > 100) {
				throw new IllegalArgumentException("attachment out of bounds");
			}
			content = content.clone();
		}

		@Override
		public byte[] content() {
			return content.clone();
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Attachment a && a.fileName.equals(fileName) && a.mediaType.equals(mediaType)
					&& java.util.Arrays.equals(a.content, content);
		}

		@Override
		public int hashCode() {
			return java.util.Objects.hash(fileName, mediaType, java.util.Arrays.hashCode(content));
		}

		@Override
		public String toString() {
			return "Attachment[" + mediaType + ", " + content.length + " bytes]";
		}

	}

	/** How much mail waits and whether it can leave at all. */
	Backlog backlog();

	/** The mail that failed too often, newest first; recipients shown masked. */
	List<DeadLetter> deadLetters(int limit);

	/** Puts a dead letter back in the queue, to be tried again now; false if there is no such dead letter. */
	boolean retry(UUID id);

	/** Drops a dead letter; false if there is no such dead letter. */
	boolean discardDeadLetter(UUID id);

	/**
	 * @param configured whether an SMTP server is configured; without one, mail waits
	 * @param waiting mail queued to be sent (not dead)
	 * @param dead mail that failed too often
	 */
	record Backlog(boolean configured, int waiting, int dead) {

		/** Something staff should know about: mail that cannot leave, or dead letters. */
		public boolean needsAttention() {
			return dead > 0 || (!configured && waiting > 0);
		}

	}

	/**
	 * A mail that failed too often, as staff see it: the recipient masked, the subject, the kind of failure, never its
	 * text.
	 */
	record DeadLetter(UUID id, String recipient, String subject, Instant createdAt, int attempts,
			String lastError) {
	}

	/** "a•••@example.org": enough to recognise an address, not to read it off the screen. */
	static String masked(String address) {
		int at = address.indexOf('@');
		if (at <= 0) {
			return "•••";
		}
		return address.charAt(0) + "•••" + address.substring(at);
	}

}
