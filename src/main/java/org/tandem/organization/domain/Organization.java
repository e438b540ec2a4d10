package org.tandem.organization.domain;

import org.tandem.organization.OrganizationKind;
import org.tandem.organization.SizeBand;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.tandem.privacy.DataOwner;
import org.tandem.privacy.KeyPurpose;
import org.tandem.privacy.Sealed;
import org.tandem.privacy.SealedText;

/**
 * An organization Tandem serves. It owns its keys: its name and contact are sealed with its identifying key, staff
 * notes with its case key, and a purge of the organization makes all three unreadable at once.
 */
@Table("organization")
public class Organization {

	@Id
	@DataOwner
	private final UUID id;

	private SealedText name;

	private @Nullable SealedText contact;

	@Sealed(KeyPurpose.CASE)
	private @Nullable SealedText notes;

	private OrganizationKind kind;

	private SizeBand sizeBand;

	private @Nullable String country;

	private final Instant createdAt;

	@Version
	private @Nullable Long version;

	@MappedCollection(idColumn = "organization_id")
	private Set<Member> members;

	@PersistenceCreator
	Organization(UUID id, SealedText name, @Nullable SealedText contact, @Nullable SealedText notes,
			OrganizationKind kind, SizeBand sizeBand, @Nullable String country, Instant createdAt,
			@Nullable Long version, Set<Member> members) {
		this.id = id;
		this.name = name;
		this.contact = contact;
		this.notes = notes;
		this.kind = kind;
		this.sizeBand = sizeBand;
		this.country = country;
		this.createdAt = createdAt;
		this.version = version;
		this.members = new HashSet<>(members);
	}

	public static Organization create(Profile profile, Instant now) {
		Organization organization = new Organization(UUID.randomUUID(), SealedText.of(profile.name()), null, null,
				profile.kind(), profile.sizeBand(), null, now, null, Set.of());
		organization.update(profile);
		return organization;
	}

	/** Changes the profile; sealed values that did not change keep their ciphertext. */
	public void update(Profile profile) {
		if (!profile.name().equals(name())) {
			this.name = SealedText.of(profile.name());
		}
		this.contact = changed(contact, profile.contact());
		this.notes = changed(notes, profile.notes());
		this.kind = profile.kind();
		this.sizeBand = profile.sizeBand();
		this.country = profile.country();
	}

	private static @Nullable SealedText changed(@Nullable SealedText current, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return current != null && !current.isDestroyed() && current.reveal().equals(text) ? current : SealedText.of(text);
	}

	public boolean addMember(UUID accountId, Instant now) {
		if (hasMember(accountId)) {
			return false;
		}
		return members.add(new Member(accountId, now));
	}

	public boolean removeMember(UUID accountId) {
		return members.removeIf(m -> m.accountId().equals(accountId));
	}

	public boolean hasMember(UUID accountId) {
		return members.stream().anyMatch(m -> m.accountId().equals(accountId));
	}

	public UUID id() {
		return id;
	}

	/** The name, or an empty string once the organization's keys are gone. */
	public String name() {
		return name.isDestroyed() ? "" : name.reveal();
	}

	public @Nullable String contact() {
		return SealedText.readable(contact);
	}

	public @Nullable String notes() {
		return SealedText.readable(notes);
	}

	public OrganizationKind kind() {
		return kind;
	}

	public SizeBand sizeBand() {
		return sizeBand;
	}

	public @Nullable String country() {
		return country;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Set<Member> members() {
		return Collections.unmodifiableSet(members);
	}

	public Profile profile() {
		return new Profile(name(), contact(), notes(), kind, sizeBand, country);
	}

	/** What staff enter about an organization. */
	public record Profile(String name, @Nullable String contact, @Nullable String notes, OrganizationKind kind,
			SizeBand sizeBand, @Nullable String country) {
	}

	/** Where a page of the staff list starts: after the organization created at this moment with this id. */
	public record Position(Instant createdAt, UUID id) {

		/** The position a cursor's two keys name, or none if they are not a time and an id. */
		static java.util.Optional<Position> parse(java.util.List<String> keys) {
			try {
				return java.util.Optional.of(new Position(Instant.parse(keys.get(0)), UUID.fromString(keys.get(1))));
			}
			catch (IllegalArgumentException | java.time.DateTimeException notOurs) {
				return java.util.Optional.empty();
			}
		}

	}

}
