package org.tandem.organization.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.tandem.organization.domain.Organization;

public interface OrganizationRepository extends ListCrudRepository<Organization, UUID> {

	/** The newest organizations, one more than a page, on {@code organization_created_idx}. */
	@Query("select o.* from organization o order by o.created_at desc, o.id desc fetch first 51 rows only")
	List<Organization> newest();

	/** The organizations created before the one at (createdAt, id), newest first, one more than a page. */
	@Query("""
			select o.* from organization o where (o.created_at, o.id) < (:createdAt, :id)
			order by o.created_at desc, o.id desc fetch first 51 rows only""")
	List<Organization> olderThan(Instant createdAt, UUID id);

	@Query("""
			select o.* from organization o join organization_member m on m.organization_id = o.id
			where m.account_id = :accountId order by o.created_at""")
	List<Organization> findByMember(UUID accountId);

}
