package org.tandem.engagement.persistence;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.tandem.engagement.domain.ChecklistItem;

public interface ChecklistItemRepository extends ListCrudRepository<ChecklistItem, UUID> {

	/** The items of these guides, each guide's in their order. */
	@Query("select * from engagement_checklist_item where guide_id in (:guideIds) order by guide_id, item_order, id")
	List<ChecklistItem> ofGuides(Collection<UUID> guideIds);

}
