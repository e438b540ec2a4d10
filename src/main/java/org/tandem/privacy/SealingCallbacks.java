package org.tandem.privacy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;
import org.springframework.data.relational.core.mapping.RelationalPersistentEntity;
import org.springframework.data.relational.core.mapping.RelationalPersistentProperty;
import org.springframework.data.relational.core.mapping.event.AfterConvertCallback;
import org.springframework.data.relational.core.mapping.event.BeforeConvertCallback;
import org.springframework.stereotype.Component;

/**
 * Seals every changed {@link SealedText} of an aggregate before Spring Data JDBC converts it for writing, and opens
 * every {@code SealedText} after it reads one. The place bound to each ciphertext is the entity's table, the
 * property's column, the entity's id and the aggregate's {@link DataOwner}. Runs after every other before-convert
 * callback, so ids assigned by callbacks are already there.
 */
@Component
class SealingCallbacks implements BeforeConvertCallback<Object>, AfterConvertCallback<Object>, Ordered {

	private final ObjectProvider<RelationalMappingContext> mappingContext;

	private final Sealer sealer;

	private final Map<Class<?>, Layout> layouts = new ConcurrentHashMap<>();

	SealingCallbacks(ObjectProvider<RelationalMappingContext> mappingContext, Sealer sealer) {
		this.mappingContext = mappingContext;
		this.sealer = sealer;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public Object onBeforeConvert(Object aggregate) {
		return process(aggregate, null, true);
	}

	@Override
	public Object onAfterConvert(Object aggregate) {
		return process(aggregate, null, false);
	}

	private Object process(Object bean, @Nullable UUID inheritedOwner, boolean sealing) {
		Layout layout = layout(bean.getClass());
		if (layout.isEmpty()) {
			return bean;
		}
		RelationalPersistentEntity<?> entity = layout.entity();
		PersistentPropertyAccessor<Object> accessor = entity.getPropertyAccessor(bean);
		UUID owner = inheritedOwner;
		if (layout.owner() != null) {
			owner = (UUID) accessor.getProperty(layout.owner());
		}
		if (!layout.sealed().isEmpty()) {
			if (owner == null) {
				throw new IllegalStateException(entity.getType().getSimpleName() + " has sealed fields but no owner");
			}
			Object id = accessor.getProperty(entity.getRequiredIdProperty());
			if (id == null) {
				throw new IllegalStateException(entity.getType().getSimpleName() + " must have its id before saving");
			}
			for (RelationalPersistentProperty property : layout.sealed()) {
				SealedText value = (SealedText) accessor.getProperty(property);
				if (value == null) {
					continue;
				}
				Place place = new Place(entity.getTableName().getReference(), property.getColumnName().getReference(),
						id.toString(), owner);
				KeyPurpose purpose = SealedColumns.purposeOf(property);
				if (sealing && value.needsSealing()) {
					byte[] sealed = sealer.seal(place, purpose, value.reveal().getBytes(StandardCharsets.UTF_8));
					accessor.setProperty(property, value.sealedAs(sealed));
				}
				else if (!sealing && value.isDestroyed()) {
					byte[] ciphertext = value.ciphertext();
					if (ciphertext != null) {
						sealer.open(place, purpose, ciphertext)
							.ifPresent(text -> accessor.setProperty(property,
									value.opened(new String(text, StandardCharsets.UTF_8))));
					}
				}
			}
		}
		UUID childOwner = owner;
		for (RelationalPersistentProperty child : layout.children()) {
			Object value = accessor.getProperty(child);
			if (value instanceof List<?> list) {
				List<Object> processed = new ArrayList<>(list.size());
				list.forEach(element -> processed.add(process(element, childOwner, sealing)));
				accessor.setProperty(child, processed);
			}
			else if (value instanceof java.util.Set<?> set) {
				java.util.Set<Object> processed = new java.util.LinkedHashSet<>();
				set.forEach(element -> processed.add(process(element, childOwner, sealing)));
				accessor.setProperty(child, processed);
			}
			else if (value instanceof Map<?, ?> map) {
				Map<Object, Object> processed = new java.util.LinkedHashMap<>();
				map.forEach((key, element) -> processed.put(key, process(element, childOwner, sealing)));
				accessor.setProperty(child, processed);
			}
			else if (value != null) {
				Object processed = process(value, owner, sealing);
				if (processed != value) {
					accessor.setProperty(child, processed);
				}
			}
		}
		return accessor.getBean();
	}

	private Layout layout(Class<?> type) {
		return layouts.computeIfAbsent(type, t -> {
			RelationalPersistentEntity<?> entity = mappingContext.getObject().getPersistentEntity(t);
			if (entity == null) {
				return Layout.NONE;
			}
			List<RelationalPersistentProperty> sealed = new ArrayList<>();
			List<RelationalPersistentProperty> children = new ArrayList<>();
			RelationalPersistentProperty[] owner = new RelationalPersistentProperty[1];
			for (RelationalPersistentProperty property : entity) {
				if (property.getType() == SealedText.class) {
					sealed.add(property);
				}
				else if (property.isEntity() && !property.isEmbedded()
						&& hasSealedFields(property.getActualType(), new java.util.HashSet<>())) {
					children.add(property);
				}
				if (property.isAnnotationPresent(DataOwner.class)) {
					owner[0] = property;
				}
			}
			if (!sealed.isEmpty() && !entity.hasIdProperty()) {
				throw new IllegalStateException(t.getSimpleName() + " has sealed fields, so it needs an @Id");
			}
			return sealed.isEmpty() && children.isEmpty() ? Layout.NONE
					: new Layout(entity, sealed, children, owner[0]);
		});
	}

	private boolean hasSealedFields(Class<?> type, java.util.Set<Class<?>> seen) {
		if (!seen.add(type)) {
			return false;
		}
		RelationalPersistentEntity<?> entity = mappingContext.getObject().getPersistentEntity(type);
		if (entity == null) {
			return false;
		}
		for (RelationalPersistentProperty property : entity) {
			if (property.getType() == SealedText.class
					|| (property.isEntity() && hasSealedFields(property.getActualType(), seen))) {
				return true;
			}
		}
		return false;
	}

	private record Layout(@Nullable RelationalPersistentEntity<?> entity, List<RelationalPersistentProperty> sealed,
			List<RelationalPersistentProperty> children, @Nullable RelationalPersistentProperty owner) {

		static final Layout NONE = new Layout(null, List.of(), List.of(), null);

		boolean isEmpty() {
			return this == NONE;
		}

		@Override
		public RelationalPersistentEntity<?> entity() {
			return java.util.Objects.requireNonNull(entity);
		}

	}

}
