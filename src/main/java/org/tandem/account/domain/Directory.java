package org.tandem.account.domain;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.account.AccountDirectory;
import org.tandem.account.persistence.AccountRepository;

/** The account directory for other modules. */
@Service
@Transactional(readOnly = true)
class Directory implements AccountDirectory {

	private final AccountRepository accounts;

	Directory(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public Optional<Person> findByUsername(String username) {
		return accounts.findByUsername(Account.normalizeUsername(username)).map(Directory::person);
	}

	@Override
	public Map<UUID, Person> byIds(Collection<UUID> ids) {
		return accounts.findAllById(ids)
			.stream()
			.map(Directory::person)
			.collect(Collectors.toMap(Person::id, Function.identity()));
	}

	@Override
	public java.util.List<Person> activeWithRole(org.tandem.platform.Role role) {
		return java.util.stream.StreamSupport.stream(accounts.findAll().spliterator(), false)
			.map(Directory::person)
			.filter(p -> p.active() && p.roles().contains(role))
			.sorted(java.util.Comparator.comparing(Person::displayName, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	@Override
	public java.util.List<String> addressesOf(org.tandem.platform.Role role) {
		return java.util.stream.StreamSupport.stream(accounts.findAll().spliterator(), false)
			.filter(a -> a.status() == AccountStatus.ACTIVE && a.roles().contains(role) && a.email() != null)
			.map(Account::email)
			.sorted()
			.toList();
	}

	private static Person person(Account account) {
		return new Person(account.id(), account.username(), account.displayName(), account.roles(),
				account.status() == AccountStatus.ACTIVE);
	}

}
