package org.tandem.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.engagement.domain.ChecklistItem;
import org.tandem.engagement.domain.Conversation;
import org.tandem.engagement.domain.Decision;
import org.tandem.engagement.domain.Engagement;
import org.tandem.engagement.domain.EngagementFile;
import org.tandem.engagement.domain.EngagementFiles;
import org.tandem.engagement.domain.Guide;
import org.tandem.engagement.domain.Guides;
import org.tandem.engagement.domain.Meeting;
import org.tandem.engagement.domain.Meetings;
import org.tandem.engagement.domain.Message;
import org.tandem.engagement.domain.Slice;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.Role;
import org.tandem.privacy.files.UploadRejectedException;
import org.tandem.support.AccountFixtures.Person;
import org.tandem.support.ProviderNetwork;

/**
 * Working together through its services on H2 and PostgreSQL, with a real provider, organization, accounts and keys:
 * meetings with notes (added, changed, a stale page refused), decisions (at a meeting of the same engagement only,
 * removed by their author only), the thread of messages, guides the provider writes and checklists the organization
 * ticks; long lists come a page at a time; nobody outside reaches anything; a closed engagement changes no more;
 * everything written is sealed and the organization's purge takes it all.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = EngagementContext.OWN)
class EngagementTogetherTests extends EngagementTestSupport {


	@Autowired
	Meetings meetings;

	@Autowired
	Conversation conversation;

	@Autowired
	Guides guides;

	@Autowired
	EngagementFiles files;

	private UUID id;

	@BeforeEach
	void anEngagement() {
		id = engagements.openByHand(organization, provider.id(), staff.id()).id();
	}

	@Test
	void meetingsAndDecisions() {
		LocalDate day = LocalDate.of(2026, 3, 24);
		Meeting meeting = meetings.add(id, member.id(), new Meeting.Entry(day, "canary-First look",
				"canary-We **agreed** on <script>alert(1)</script>"));
		assertThat(meetings.meeting(id, providerAccount, meeting.id()).notes())
			.isEqualTo("canary-We **agreed** on <script>alert(1)</script>");

		// changed by the provider; the member's page from before is refused and changes nothing
		Meeting.Entry changed = new Meeting.Entry(day, "canary-First look at the accounts", "canary-Notes");
		meetings.change(id, providerAccount, meeting.id(), changed, meeting.version());
		assertThatThrownBy(() -> meetings.change(id, member.id(), meeting.id(),
				new Meeting.Entry(day, "canary-Mine", null), meeting.version()))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("engagement.stale"));
		assertThat(meetings.meeting(id, member.id(), meeting.id()).title()).isEqualTo("canary-First look at the accounts");

		// bad input
		assertThatThrownBy(() -> meetings.add(id, member.id(), new Meeting.Entry(day, " ", null)))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.messageKey()).isEqualTo("engagement.meeting.titleMissing"));
		assertThatThrownBy(() -> meetings.add(id, member.id(), new Meeting.Entry(day, "t", "x".repeat(20_001))))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.messageKey()).isEqualTo("engagement.notes.tooLong"));
		assertThatThrownBy(() -> meetings.add(id, member.id(), new Meeting.Entry(LocalDate.of(1026, 3, 24), "t", null)))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.messageKey()).isEqualTo("engagement.day.outOfRange"));

		// a decision at that meeting; not at a meeting of another engagement
		Decision decision = meetings.decide(id, providerAccount,
				new Decision.Entry(day, "canary-Two-factor for everyone", meeting.id()));
		Engagement other = engagements.openByHand(organization, provider.id(), staff.id());
		Meeting elsewhere = meetings.add(other.id(), member.id(), new Meeting.Entry(day, "canary-Elsewhere", null));
		assertThatThrownBy(() -> meetings.decide(id, member.id(), new Decision.Entry(day, "x", elsewhere.id())))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.messageKey()).isEqualTo("engagement.decision.meetingUnknown"));
		assertThat(meetings.decisions(id, member.id(), null).items()).extracting(Decision::what)
			.containsExactly("canary-Two-factor for everyone");
		assertThat(meetings.named(id, member.id(), List.of(meeting.id(), elsewhere.id()))).containsOnlyKeys(meeting.id());
		// only its author removes it
		assertThatThrownBy(() -> meetings.removeDecision(id, member.id(), decision.id()))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.messageKey()).isEqualTo("engagement.decision.notYours"));
		assertThatThrownBy(() -> meetings.removeDecision(other.id(), providerAccount, decision.id()))
			.isInstanceOf(NotFoundException.class);
		meetings.removeDecision(id, providerAccount, decision.id());
		assertThat(meetings.decisions(id, member.id(), null).items()).isEmpty();

		// a meeting of another engagement is not found through this one
		assertThatThrownBy(() -> meetings.meeting(id, member.id(), elsewhere.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> meetings.change(id, member.id(), elsewhere.id(), changed, 0))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void longListsComeAPageAtATimeWithoutGapsOrRepeats() {
		LocalDate first = LocalDate.of(2026, 1, 1);
		for (int i = 0; i < Meetings.PAGE + 5; i++) {
			// two meetings on some days: the key orders them by id
			meetings.add(id, member.id(), new Meeting.Entry(first.plusDays(i / 2), "canary-Meeting " + i, null));
			meetings.decide(id, member.id(), new Decision.Entry(first.plusDays(i / 3), "canary-Decision " + i, null));
		}
		Slice<Meeting> newest = meetings.meetings(id, providerAccount, null);
		assertThat(newest.items()).hasSize(Meetings.PAGE);
		assertThat(newest.items().getFirst().heldOn()).isEqualTo(first.plusDays((Meetings.PAGE + 4) / 2));
		assertThat(newest.before()).isNotNull();
		Slice<Meeting> earlier = meetings.meetings(id, providerAccount, newest.before());
		assertThat(earlier.items()).hasSize(5);
		assertThat(earlier.before()).isNull();
		Set<UUID> seen = new HashSet<>();
		newest.items().forEach(m -> seen.add(m.id()));
		earlier.items().forEach(m -> assertThat(seen.add(m.id())).isTrue());
		List<LocalDate> days = new ArrayList<>();
		newest.items().forEach(m -> days.add(m.heldOn()));
		earlier.items().forEach(m -> days.add(m.heldOn()));
		assertThat(days).isSortedAccordingTo(java.util.Comparator.reverseOrder());

		Slice<Decision> decisions = meetings.decisions(id, member.id(), null);
		assertThat(decisions.items()).hasSize(Meetings.PAGE);
		Slice<Decision> earlierDecisions = meetings.decisions(id, member.id(), decisions.before());
		assertThat(earlierDecisions.items()).hasSize(5);
		assertThat(earlierDecisions.items()).extracting(Decision::id)
			.doesNotContainAnyElementsOf(decisions.items().stream().map(Decision::id).toList());

		for (int i = 0; i < Conversation.PAGE + 3; i++) {
			conversation.send(id, i % 2 == 0 ? member.id() : providerAccount, "canary-Message " + i);
		}
		Slice<Message> latest = conversation.messages(id, member.id(), null);
		assertThat(latest.items()).hasSize(Conversation.PAGE);
		assertThat(latest.items().getLast().body()).isEqualTo("canary-Message " + (Conversation.PAGE + 2));
		assertThat(latest.items()).extracting(Message::sentAt).isSorted();
		Slice<Message> older = conversation.messages(id, member.id(), latest.before());
		assertThat(older.items()).extracting(Message::body)
			.containsExactly("canary-Message 0", "canary-Message 1", "canary-Message 2");
		assertThat(older.before()).isNull();

		// a key nobody made is not found, not a server error
		assertThatThrownBy(() -> meetings.meetings(id, member.id(), "yesterday_" + UUID.randomUUID()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> conversation.messages(id, member.id(), "2026-01-01T00:00:00Z_nope"))
			.isInstanceOf(NotFoundException.class);
		assertThat(conversation.messages(id, member.id(), "nonsense").items()).hasSize(Conversation.PAGE);
	}

	@Test
	void messagesAreBoundedPlainText() {
		Message sent = conversation.send(id, member.id(), "  canary-Hola\nsegunda línea  ");
		assertThat(sent.body()).isEqualTo("canary-Hola\nsegunda línea");
		conversation.send(id, providerAccount, "canary-Answer");
		assertThat(conversation.messages(id, staff.id(), null).items()).extracting(Message::authorId)
			.containsExactly(member.id(), providerAccount);
		assertThatThrownBy(() -> conversation.send(id, member.id(), "   "))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.messageKey()).isEqualTo("engagement.message.missing"));
		assertThatThrownBy(() -> conversation.send(id, member.id(), "x".repeat(4_001)))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.messageKey()).isEqualTo("engagement.message.tooLong"));
		assertThat(conversation.messages(id, member.id(), null).items()).hasSize(2);
	}

	@Test
	void theProviderLeavesGuidesAndTheOrganizationTicksTheChecklist() {
		Guide.Entry checklist = new Guide.Entry(GuideKind.CHECKLIST, "canary-Weekly backups", "canary-Every **Friday**",
				List.of("canary-Plug in the disk", "", "canary-Run the backup", "canary-Check the log"));
		// the organization reads guides but does not write them
		assertThatThrownBy(() -> guides.write(id, member.id(), checklist))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.messageKey()).isEqualTo("engagement.guide.providerOnly"));
		Guide guide = guides.write(id, providerAccount, checklist);
		guides.write(id, staff.id(), new Guide.Entry(GuideKind.GUIDE, "canary-Signal", "canary-Install it", List.of("x")));
		List<Guides.Left> all = guides.of(id, member.id());
		assertThat(all).extracting(l -> l.guide().title()).containsExactly("canary-Weekly backups", "canary-Signal");
		assertThat(all.getFirst().items()).extracting(ChecklistItem::text)
			.containsExactly("canary-Plug in the disk", "canary-Run the backup", "canary-Check the log");
		assertThat(all.get(1).items()).isEmpty();
		assertThatThrownBy(() -> guides.write(id, providerAccount,
				new Guide.Entry(GuideKind.CHECKLIST, "t", null, List.of(" "))))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.messageKey()).isEqualTo("engagement.guide.itemsMissing"));

		// the organization ticks; the provider does not
		ChecklistItem plug = all.getFirst().items().getFirst();
		guides.mark(id, member.id(), guide.id(), plug.id(), true);
		assertThatThrownBy(() -> guides.mark(id, providerAccount, guide.id(), plug.id(), false))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.messageKey()).isEqualTo("engagement.checklist.organizationOnly"));
		Guides.Left ticked = guides.get(id, providerAccount, guide.id());
		assertThat(ticked.done()).isOne();
		assertThat(ticked.items().getFirst().doneBy()).isEqualTo(member.id());

		// changed by the provider: the kept item stays done, the removed one goes, the new one is added
		guides.change(id, providerAccount, guide.id(), new Guide.Entry(GuideKind.CHECKLIST, "canary-Weekly backups",
				null, List.of("canary-Run the backup", "canary-Plug in the disk", "canary-Label the disk")),
				guide.version());
		Guides.Left after = guides.get(id, member.id(), guide.id());
		assertThat(after.items()).extracting(ChecklistItem::text)
			.containsExactly("canary-Run the backup", "canary-Plug in the disk", "canary-Label the disk");
		assertThat(after.items()).extracting(ChecklistItem::done).containsExactly(false, true, false);
		assertThat(after.guide().body()).isNull();
		assertThatThrownBy(() -> guides.change(id, providerAccount, guide.id(), checklist, guide.version()))
			.isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("engagement.stale"));
		// an item is found only through its own guide and engagement
		assertThatThrownBy(() -> guides.mark(id, member.id(), UUID.randomUUID(), plug.id(), true))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void nobodyElseReachesAnyOfItAndAClosedEngagementChangesNoMore() {
		LocalDate day = LocalDate.of(2026, 5, 1);
		Meeting meeting = meetings.add(id, member.id(), new Meeting.Entry(day, "canary-Meeting", "canary-Notes"));
		Decision decision = meetings.decide(id, member.id(), new Decision.Entry(day, "canary-Decided", null));
		conversation.send(id, member.id(), "canary-Message");
		Guide guide = guides.write(id, providerAccount,
				new Guide.Entry(GuideKind.CHECKLIST, "canary-Guide", null, List.of("canary-Item")));
		UUID item = guides.get(id, member.id(), guide.id()).items().getFirst().id();

		Person otherMember = fixtures.create(true, Role.ORG_MEMBER);
		Person otherStaff = fixtures.create(true, Role.STAFF);
		UUID otherProvider = providers.accountOf(new ProviderNetwork(this).activeProvider().id()).orElseThrow();
		Meeting.Entry entry = new Meeting.Entry(day, "x", null);
		for (UUID outsider : List.of(otherMember.id(), otherStaff.id(), otherProvider, UUID.randomUUID())) {
			assertThatThrownBy(() -> meetings.meetings(id, outsider, null)).isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> meetings.meeting(id, outsider, meeting.id())).isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> meetings.add(id, outsider, entry)).isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> meetings.change(id, outsider, meeting.id(), entry, meeting.version()))
				.isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> meetings.decisions(id, outsider, null)).isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> meetings.decide(id, outsider, new Decision.Entry(day, "x", null)))
				.isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> meetings.removeDecision(id, outsider, decision.id()))
				.isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> conversation.messages(id, outsider, null)).isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> conversation.send(id, outsider, "x")).isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> guides.of(id, outsider)).isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> guides.get(id, outsider, guide.id())).isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> guides.mark(id, outsider, guide.id(), item, true))
				.isInstanceOf(NotFoundException.class);
		}

		// closed: read, never changed
		jdbc.sql("update engagement set phase = 'CLOSED' where id = :id").param("id", id).update();
		for (Runnable change : List.<Runnable>of(() -> meetings.add(id, member.id(), entry),
				() -> meetings.change(id, member.id(), meeting.id(), entry, meeting.version()),
				() -> meetings.decide(id, member.id(), new Decision.Entry(day, "x", null)),
				() -> meetings.removeDecision(id, member.id(), decision.id()),
				() -> conversation.send(id, member.id(), "x"),
				() -> guides.write(id, providerAccount, new Guide.Entry(GuideKind.GUIDE, "x", null, List.of())),
				() -> guides.mark(id, member.id(), guide.id(), item, true))) {
			assertThatThrownBy(change::run).isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.messageKey()).isEqualTo("engagement.closed"));
		}
		assertThat(meetings.meetings(id, member.id(), null).items()).hasSize(1);
		assertThat(conversation.messages(id, providerAccount, null).items()).hasSize(1);

		// sealed: no column holds what was typed
		for (String column : List.of("engagement_meeting.title", "engagement_meeting.notes", "engagement_decision.what",
				"engagement_message.body", "engagement_guide.title", "engagement_checklist_item.content")) {
			String[] parts = column.split("\\.");
			List<byte[]> values = jdbc.sql("select " + parts[1] + " from " + parts[0] + " where engagement_id = :id")
				.param("id", id).query(byte[].class).list();
			assertThat(values).as(column).isNotEmpty();
			values.forEach(value -> assertThat(new String(value, StandardCharsets.ISO_8859_1)).as(column)
				.doesNotContain("canary"));
		}

		// the organization's purge takes it all
		organizations.destroyAsStaff(organization);
		for (String table : List.of("engagement_meeting", "engagement_decision", "engagement_message",
				"engagement_guide", "engagement_checklist_item")) {
			assertThat(jdbc.sql("select count(*) from " + table + " where organization_id = :o")
				.param("o", organization).query(Long.class).single()).as(table).isZero();
		}
	}

	@Test
	void filesAreKeptEncryptedAndReachOnlyTheParticipants() throws Exception {
		byte[] text = "canary-Backup plan".getBytes(StandardCharsets.UTF_8);
		EngagementFile file = files.add(id, member.id(), "plan.txt", new java.io.ByteArrayInputStream(text));
		assertThat(files.of(id, providerAccount)).extracting(EngagementFile::name).containsExactly("plan.txt");
		try (java.io.InputStream content = files.content(id, providerAccount, file.id())) {
			assertThat(content.readAllBytes()).isEqualTo(text);
		}
		// the type comes from the bytes, not the name
		assertThatThrownBy(() -> files.add(id, member.id(), "plan.exe", new java.io.ByteArrayInputStream(
				new byte[] { 'M', 'Z', 0, 1, 2, 3 }))).isInstanceOf(UploadRejectedException.class);
		assertThat(files.of(id, member.id())).hasSize(1);

		Person otherMember = fixtures.create(true, Role.ORG_MEMBER);
		for (UUID outsider : List.of(otherMember.id(), UUID.randomUUID())) {
			assertThatThrownBy(() -> files.of(id, outsider)).isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> files.content(id, outsider, file.id())).isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> files.add(id, outsider, "x.txt", new java.io.ByteArrayInputStream(text)))
				.isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> files.remove(id, outsider, file.id())).isInstanceOf(NotFoundException.class);
		}
		Engagement other = engagements.openByHand(organization, provider.id(), staff.id());
		assertThatThrownBy(() -> files.content(other.id(), member.id(), file.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> files.remove(id, providerAccount, file.id()))
			.isInstanceOfSatisfying(InvalidInput.class,
					e -> assertThat(e.messageKey()).isEqualTo("engagement.file.notYours"));
		byte[] name = jdbc.sql("select name from engagement_file where id = :f").param("f", file.id())
			.query(byte[].class).single();
		assertThat(new String(name, StandardCharsets.ISO_8859_1)).doesNotContain("plan");

		EngagementFile second = files.add(id, providerAccount, "notes.txt", new java.io.ByteArrayInputStream(text));
		files.remove(id, member.id(), file.id());
		assertThat(files.of(id, member.id())).extracting(EngagementFile::id).containsExactly(second.id());

		// the organization's purge takes the records, and the bytes with its keys
		organizations.destroyAsStaff(organization);
		assertThat(jdbc.sql("select count(*) from engagement_file where organization_id = :o")
			.param("o", organization).query(Long.class).single()).isZero();
	}

}
