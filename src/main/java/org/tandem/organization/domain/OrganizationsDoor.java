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

	OrganizationsDoor(JdbcClient jdbc, OrganizationService organizations) {
		this.jdbc = jdbc;
		this.organizations = organizations;
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
	public List<UUID> organizationsOf(UUID accountId) {
		return jdbc.sql("""
				select organization_id from organization_member where account_id = :account
				order by added_at, organization_id""")
			.param("account", accountId)
			.query(UUID.class)
			.list();
	}

}
