package org.tandem.engagement.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.account.Accounts;
import org.tandem.engagement.Phase;

/** Every move between phases, oldest first: from, to, who, when. */
@Component
class PhaseHistorySection implements EngagementExportSection {

	private final JdbcClient jdbc;

	private final Accounts accounts;

	PhaseHistorySection(JdbcClient jdbc, Accounts accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public String name() {
		return "phaseHistory";
	}

	@Override
	public String titleKey() {
		return "engagement.export.phaseHistory";
	}

	@Override
	public ExportPart write(ExportContext context) {
		List<Move> moves = jdbc.sql("""
				select from_phase, to_phase, actor_id, changed_at from engagement_phase_change
				where engagement_id = :id order by changed_at, id fetch first %d rows only"""
			.formatted(ExportContext.ROW_LIMIT + 1))
			.param("id", context.engagementId())
			.query((rs, n) -> new Move(rs.getString("from_phase") == null ? null : Phase.valueOf(rs.getString("from_phase")),
					Phase.valueOf(rs.getString("to_phase")), rs.getObject("actor_id", UUID.class),
					rs.getObject("changed_at", java.time.OffsetDateTime.class).toInstant()))
			.list();
		boolean limited = moves.size() > ExportContext.ROW_LIMIT;
		List<Move> shown = limited ? moves.subList(0, ExportContext.ROW_LIMIT) : moves;
		Map<UUID, Accounts.Person> people = accounts
			.byIds(shown.stream().map(Move::actor).filter(Objects::nonNull).distinct().toList());
		List<MoveData> data = shown.stream()
			.map(m -> new MoveData(m.from(), m.to(),
					m.actor() != null && people.containsKey(m.actor()) ? people.get(m.actor()).displayName() : null,
					m.at()))
			.toList();
		List<ExportBlock> blocks = new ArrayList<>();
		blocks.add(new ExportBlock.Table(
				List.of(context.text("engagement.export.from"), context.text("engagement.export.to"),
						context.text("engagement.export.by"), context.text("engagement.export.when")),
				List.of(false, false, true, false),
				data.stream()
					.map(m -> List.of(m.from() == null ? "–" : context.text(m.from().messageKey()),
							context.text(m.to().messageKey()), Objects.requireNonNullElse(m.by(), "–"),
							context.day(m.at())))
					.toList()));
		if (limited) {
			blocks.add(context.limited());
		}
		return new ExportPart(data, blocks);
	}

	private record Move(@Nullable Phase from, Phase to, @Nullable UUID actor, Instant at) {
	}

	record MoveData(@Nullable Phase from, Phase to, @Nullable String by, Instant at) {
	}

}
