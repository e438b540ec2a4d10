package org.tandem.organization.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.organization.Organizations;

/** {@link Organizations} from the organization's tables: ids only, nothing opened. */
@Component
class OrganizationsDoor implements Organizations {

	private final JdbcClient jdbc;

	private final OrganizationService organizations;

	private final OrganizationCounting counting;

	OrganizationsDoor(JdbcClient jdbc, OrganizationService organizations, OrganizationCounting counting) {
		this.jdbc = jdbc;
		this.organizations = organizations;
		this.counting = counting;
	}

	@Override
	public boolean countable(UUID organizationId) {
		return counting.counted(organizationId);
	}

	@Override
	public java.util.Set<UUID> countable(Collection<UUID> organizationIds) {
		return counting.counted(organizationIds);
	}

	@Override
	@Transactional(readOnly = true)
	public Choices choices(@Nullable String after) {
		OrganizationService.Page page = organizations.page(after == null ? "" : after);
		return new Choices(page.organizations().stream().map(o -> new Choice(o.id(), o.name())).toList(), page.next());
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, String> names(Collection<UUID> organizationIds) {
		java.util.Set<UUID> ids = new java.util.HashSet<>(organizationIds);
		if (ids.size() > NAMES_LIMIT) {
			throw new IllegalArgumentException("at most " + NAMES_LIMIT + " names at once");
		}
		Map<UUID, String> names = new java.util.HashMap<>();
		organizations.all(ids).forEach(o -> names.put(o.id(), o.name()));
		return names;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean exists(UUID organizationId) {
		return jdbc.sql("select count(*) from organization where id = :id")
			.param("id", organizationId)
			.query(Long.class)
			.single() > 0;
	}

	@Override
	@Transactional(readOnly = true)
	public java.util.Optional<String> name(UUID organizationId) {
		return organizations.find(organizationId).map(Organization::name);
	}

	@Override
	@Transactional
	public UUID enrolPseudonym(String pseudonym, UUID accountId) {
		return organizations.enrolPseudonym(pseudonym, accountId).id();
	}

	@Override
	@Transactional
	public UUID enrol(String name, org.tandem.organization.OrganizationKind kind,
			org.tandem.organization.SizeBand sizeBand, @Nullable String country) {
		if (name.isBlank()) {
			throw new org.tandem.platform.InvalidInput("name", "validation.required");
		}
		if (name.strip().length() > 200) {
			throw new org.tandem.platform.InvalidInput("name", "validation.tooLong");
		}
		if (country != null && !java.util.Set.of(java.util.Locale.getISOCountries()).contains(country)) {
			throw new org.tandem.platform.InvalidInput("country", "organization.country.invalid");
		}
		return organizations.create(new Organization.Profile(name.strip(), null, null, kind, sizeBand, country)).id();
	}

	@Override
	@Transactional
	public void addMember(UUID organizationId, UUID accountId) {
		organizations.addMemberById(organizationId, accountId);
	}

	@Override
	public void purge(UUID organizationId) {
		organizations.destroyForRetention(organizationId);
	}

	@Override
	@Transactional(readOnly = true)
	public List<UUID> members(UUID organizationId) {
		return jdbc.sql("""
				select account_id from organization_member where organization_id = :id order by added_at, account_id""")
			.param("id", organizationId)
			.query(UUID.class)
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public List<UUID> ofMember(UUID accountId) {
		return jdbc.sql("""
				select m.organization_id from organization_member m join organization o on o.id = m.organization_id
				where m.account_id = :account order by o.created_at, o.id""")
			.param("account", accountId)
			.query(UUID.class)
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, org.tandem.organization.OrganizationKind> kinds(Collection<UUID> organizationIds) {
		Map<UUID, org.tandem.organization.OrganizationKind> kinds = new java.util.HashMap<>();
		if (organizationIds.isEmpty()) {
			return kinds;
		}
		jdbc.sql("select id, kind from organization where id in (:ids)")
			.param("ids", List.copyOf(new java.util.HashSet<>(organizationIds)))
			.query((rs, n) -> Map.entry(rs.getObject("id", UUID.class),
					org.tandem.organization.OrganizationKind.valueOf(rs.getString("kind"))))
			.list()
			.forEach(e -> kinds.put(e.getKey(), e.getValue()));
		return kinds;
	}

}
