package org.tandem.engagement.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tandem.account.Accounts;
import org.tandem.directory.Providers;
import org.tandem.engagement.Phase;
import org.tandem.engagement.Side;
import org.tandem.engagement.domain.Engagement;
import org.tandem.engagement.domain.Participant;
import org.tandem.organization.Organizations;

/** Who and where: the organization, the provider, the phase, the dates and who takes part. */
@Component
class SummarySection implements EngagementExportSection {

	private final Organizations organizations;

	private final Providers providers;

	private final Accounts accounts;

	SummarySection(Organizations organizations, Providers providers, Accounts accounts) {
		this.organizations = organizations;
		this.providers = providers;
		this.accounts = accounts;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public String name() {
		return "summary";
	}

	@Override
	public String titleKey() {
		return "engagement.export.summary";
	}

	@Override
	public ExportPart write(ExportContext context) {
		Engagement engagement = context.engagement();
		String organization = organizations.name(engagement.organizationId()).orElse("");
		String provider = providers.names(List.of(engagement.providerId())).getOrDefault(engagement.providerId(), "");
		List<Participant> participants = engagement.participants()
			.stream()
			.sorted(Comparator.comparing(Participant::side).thenComparing(Participant::addedAt))
			.toList();
		Map<UUID, Accounts.Person> people = accounts.byIds(participants.stream().map(Participant::accountId).toList());
		List<PersonData> who = participants.stream()
			.map(p -> new PersonData(people.containsKey(p.accountId()) ? people.get(p.accountId()).displayName() : "",
					p.side(), p.addedAt()))
			.toList();

		List<ExportBlock.Fact> facts = new ArrayList<>();
		facts.add(new ExportBlock.Fact(context.text("engagement.export.organization"), organization, true));
		facts.add(new ExportBlock.Fact(context.text("engagement.export.provider"), provider, true));
		facts.add(new ExportBlock.Fact(context.text("engagement.export.phase"),
				context.text(engagement.phase().messageKey()), false));
		facts.add(new ExportBlock.Fact(context.text("engagement.openedAt"), context.day(engagement.openedAt()), false));
		if (engagement.closedAt() != null) {
			facts.add(new ExportBlock.Fact(context.text("engagement.export.closedAt"), context.day(engagement.closedAt()),
					false));
		}
		ExportBlock.Table table = new ExportBlock.Table(
				List.of(context.text("engagement.export.person"), context.text("engagement.export.side")),
				List.of(true, false),
				who.stream().map(p -> List.of(p.name(), context.text(p.side().messageKey()))).toList());
		return new ExportPart(new SummaryData(engagement.id(), new Named(engagement.organizationId(), organization),
				new Named(engagement.providerId(), provider), engagement.phase(), engagement.openedAt(),
				engagement.closedAt(), who), List.of(new ExportBlock.Facts(facts),
						new ExportBlock.Subheading(context.text("engagement.participants")), table));
	}

	record SummaryData(UUID id, Named organization, Named provider, Phase phase, Instant openedAt,
			@Nullable Instant closedAt, List<PersonData> participants) {

		/** Ids only, should it ever reach a log. */
		@Override
		public String toString() {
			return "SummaryData[" + id + "]";
		}

	}

	record Named(UUID id, String name) {
	}

	record PersonData(String name, Side side, Instant addedAt) {
	}

}
