package org.tandem.account.domain;

import org.springframework.data.relational.core.mapping.Table;
import org.tandem.platform.Role;

/** One role an account holds (a row of {@code account_role}). */
@Table("account_role")
record AccountRole(Role role) {
}
