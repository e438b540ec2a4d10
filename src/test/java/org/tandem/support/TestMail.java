package org.tandem.support;

import java.util.Arrays;
import java.util.List;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

/** One real SMTP server (GreenMail) for the whole test run; every test context sends its mail there. */
public final class TestMail {

	private static final GreenMail SERVER = start();

	private TestMail() {
	}

	private static GreenMail start() {
		GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		return server;
	}

	public static int port() {
		return SERVER.getSmtp().getPort();
	}

	/** Waits (up to 20 s) for a mail to this address and returns its text. */
	public static String awaitBody(String recipient) {
		long deadline = System.currentTimeMillis() + 20_000;
		while (System.currentTimeMillis() < deadline) {
			List<MimeMessage> found = Arrays.stream(SERVER.getReceivedMessages())
				.filter(m -> recipientIs(m, recipient))
				.toList();
			if (!found.isEmpty()) {
				return GreenMailUtil.getBody(found.getLast()).replace("=\r\n", "").replace("=3D", "=");
			}
			SERVER.waitForIncomingEmail(500, SERVER.getReceivedMessages().length + 1);
		}
		throw new AssertionError("no mail to " + recipient);
	}

	/** Waits (up to 20 s) for a mail to this address whose text contains {@code text}, and returns that text. */
	public static String awaitBody(String recipient, String text) {
		long deadline = System.currentTimeMillis() + 20_000;
		while (System.currentTimeMillis() < deadline) {
			var found = Arrays.stream(SERVER.getReceivedMessages())
				.filter(m -> recipientIs(m, recipient))
				.map(m -> GreenMailUtil.getBody(m).replace("=\r\n", "").replace("=3D", "="))
				.filter(body -> body.contains(text))
				.toList();
			if (!found.isEmpty()) {
				return found.getLast();
			}
			SERVER.waitForIncomingEmail(500, SERVER.getReceivedMessages().length + 1);
		}
		throw new AssertionError("no mail to " + recipient + " containing " + text);
	}

	/** Waits (up to 20 s) for a mail to this address whose subject contains {@code subject}, and returns the last. */
	public static MimeMessage awaitMessage(String recipient, String subject) {
		long deadline = System.currentTimeMillis() + 20_000;
		while (System.currentTimeMillis() < deadline) {
			List<MimeMessage> found = Arrays.stream(SERVER.getReceivedMessages())
				.filter(m -> recipientIs(m, recipient))
				.filter(m -> {
					try {
						return m.getSubject() != null && m.getSubject().contains(subject);
					}
					catch (MessagingException e) {
						return false;
					}
				})
				.toList();
			if (!found.isEmpty()) {
				return found.getLast();
			}
			SERVER.waitForIncomingEmail(500, SERVER.getReceivedMessages().length + 1);
		}
		throw new AssertionError("no mail to " + recipient + " about " + subject);
	}

	/** How many mails this address received whose text contains {@code text}, now (no waiting). */
	public static long count(String recipient, String text) {
		return Arrays.stream(SERVER.getReceivedMessages())
			.filter(m -> recipientIs(m, recipient))
			.map(m -> GreenMailUtil.getBody(m).replace("=\r\n", "").replace("=3D", "="))
			.filter(body -> body.contains(text))
			.count();
	}

	private static boolean recipientIs(MimeMessage message, String recipient) {
		try {
			return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
				.anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
		}
		catch (MessagingException e) {
			return false;
		}
	}

}
