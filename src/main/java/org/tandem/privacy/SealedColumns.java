package org.tandem.privacy;

import java.util.Comparator;
import java.util.List;

import org.springframework.data.relational.core.mapping.RelationalMappingContext;
import org.springframework.data.relational.core.mapping.RelationalPersistentEntity;
import org.springframework.data.relational.core.mapping.RelationalPersistentProperty;
import org.springframework.stereotype.Component;

/** Every column that holds sealed values, found from the entities' {@link SealedText} fields. */
@Component
public class SealedColumns {

	private final RelationalMappingContext mappingContext;

	SealedColumns(RelationalMappingContext mappingContext) {
		this.mappingContext = mappingContext;
	}

	public List<Column> all() {
		return mappingContext.getPersistentEntities()
			.stream()
			.flatMap(entity -> columns(entity).stream())
			.distinct()
			.sorted(Comparator.comparing(Column::table).thenComparing(Column::column))
			.toList();
	}

	private static List<Column> columns(RelationalPersistentEntity<?> entity) {
		List<Column> columns = new java.util.ArrayList<>();
		for (RelationalPersistentProperty property : entity) {
			if (property.getType() == SealedText.class) {
				columns.add(new Column(entity.getTableName().getReference(), property.getColumnName().getReference(),
						purposeOf(property)));
			}
		}
		return columns;
	}

	/** The key a sealed property is sealed with: its {@link Sealed} purpose, identifying by default. */
	static KeyPurpose purposeOf(RelationalPersistentProperty property) {
		Sealed sealed = property.findAnnotation(Sealed.class);
		return sealed == null ? KeyPurpose.IDENTIFYING : sealed.value();
	}

	/** A sealed column and the key purpose its values are sealed with. */
	public record Column(String table, String column, KeyPurpose purpose) {
	}

}
