package org.tandem.account.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.tandem.account.domain.Account;

public interface AccountRepository extends ListCrudRepository<Account, UUID> {

	Optional<Account> findByUsername(String username);

	List<Account> findByEmail(String email);

	@Query("select count(*) from account")
	long countAll();

	@Query("select * from account order by username")
	List<Account> findAllOrdered();

}
