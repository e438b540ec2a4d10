package org.tandem.platform;

import java.util.List;

/**
 * A module's Spring Data JDBC converters (for value types of its own, such as sealed text). The platform's JDBC
 * configuration registers every bean of this type.
 */
public interface JdbcValueConverters {

	List<?> converters();

}
