package org.tandem.organization.persistence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.tandem.organization.domain.Organization;

public interface OrganizationRepository extends ListCrudRepository<Organization, UUID> {

	@Query("select o.* from organization o order by o.created_at desc")
	List<Organization> findAllNewestFirst();

	@Query("""
			select o.* from organization o join organization_member m on m.organization_id = o.id
			where m.account_id = :accountId order by o.created_at""")
	List<Organization> findByMember(UUID accountId);

}
