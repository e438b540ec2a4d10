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

	/** The first accounts by user name, one more than a page of 50, on the user name's unique index. */
	@Query("select * from account order by username fetch first 51 rows only")
	List<Account> firstByUsername();

	/** The accounts from this user name on (it included), one more than a page of 50. */
	@Query("select * from account where username >= :from order by username fetch first 51 rows only")
	List<Account> fromUsername(String from);

	/** The accounts after this user name, one more than a page of 50. */
	@Query("select * from account where username > :after order by username fetch first 51 rows only")
	List<Account> afterUsername(String after);

}
