package org.tandem.engagement.domain;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.tandem.engagement.Level;
import org.tandem.platform.InvalidInput;
import org.tandem.privacy.DataOwner;
import org.tandem.privacy.KeyPurpose;
import org.tandem.privacy.Sealed;
import org.tandem.privacy.SealedText;

/**
 * One line of Discover's risk register: an asset, the threat to it (what and from whom), how likely and how bad on a
 * three-step scale, and what is done about it now. Its own aggregate, so that two people editing two lines never
 * refuse each other; sealed under the organization's case key.
 */
@Table("engagement_risk")
public class Risk {

	/** The longest asset or threat; measures may be longer. */
	public static final int SHORT_LIMIT = 500;

	public static final int MEASURES_LIMIT = 2_000;

	@Id
	private final UUID id;

	private final UUID engagementId;

	@DataOwner
	private final UUID organizationId;

	@Sealed(KeyPurpose.CASE)
	private SealedText asset;

	@Sealed(KeyPurpose.CASE)
	private SealedText threat;

	@Sealed(KeyPurpose.CASE)
	private @Nullable SealedText measures;

	private Level likelihood;

	private Level impact;

	private final Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	Risk(UUID id, UUID engagementId, UUID organizationId, SealedText asset, SealedText threat,
			@Nullable SealedText measures, Level likelihood, Level impact, Instant createdAt, Instant updatedAt,
			@Nullable Long version) {
		this.id = id;
		this.engagementId = engagementId;
		this.organizationId = organizationId;
		this.asset = asset;
		this.threat = threat;
		this.measures = measures;
		this.likelihood = likelihood;
		this.impact = impact;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	static Risk record(Engagement engagement, Line line, Instant now) {
		line.check();
		return new Risk(UUID.randomUUID(), engagement.id(), engagement.organizationId(), SealedText.of(line.asset()),
				SealedText.of(line.threat()), line.measures() == null ? null : SealedText.of(line.measures()),
				line.likelihood(), line.impact(), now, now, null);
	}

	void change(Line line, Instant now) {
		line.check();
		if (!line.asset().equals(asset())) {
			asset = SealedText.of(line.asset());
		}
		if (!line.threat().equals(threat())) {
			threat = SealedText.of(line.threat());
		}
		if (!java.util.Objects.equals(line.measures(), measures())) {
			measures = line.measures() == null ? null : SealedText.of(line.measures());
		}
		likelihood = line.likelihood();
		impact = line.impact();
		updatedAt = now;
	}

	/** What a participant writes for one line; blank measures are none. */
	public record Line(String asset, String threat, @Nullable String measures, Level likelihood, Level impact) {

		public Line {
			asset = asset.strip();
			threat = threat.strip();
			measures = measures == null || measures.isBlank() ? null : measures.strip();
		}

		void check() {
			if (asset.isEmpty()) {
				throw new InvalidInput("asset", "engagement.risk.assetMissing");
			}
			if (threat.isEmpty()) {
				throw new InvalidInput("threat", "engagement.risk.threatMissing");
			}
			if (asset.length() > SHORT_LIMIT) {
				throw new InvalidInput("asset", "engagement.risk.tooLong");
			}
			if (threat.length() > SHORT_LIMIT) {
				throw new InvalidInput("threat", "engagement.risk.tooLong");
			}
			if (measures != null && measures.length() > MEASURES_LIMIT) {
				throw new InvalidInput("measures", "engagement.risk.tooLong");
			}
		}

	}

	public UUID id() {
		return id;
	}

	public UUID engagementId() {
		return engagementId;
	}

	public String asset() {
		return java.util.Objects.requireNonNullElse(SealedText.readable(asset), "");
	}

	public String threat() {
		return java.util.Objects.requireNonNullElse(SealedText.readable(threat), "");
	}

	public @Nullable String measures() {
		return SealedText.readable(measures);
	}

	public Level likelihood() {
		return likelihood;
	}

	public Level impact() {
		return impact;
	}

	public int weight() {
		return Level.weight(likelihood, impact);
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public long version() {
		return version == null ? 0 : version;
	}

}
