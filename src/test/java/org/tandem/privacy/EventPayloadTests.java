package org.tandem.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.event.TransactionalEventListener;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Events between modules are serialized into the event publication table in the clear, so an event may carry only
 * ids, enums, instants and numbers: never a name, an address or text someone typed. Every type a listener takes is
 * checked, so a new event with a {@code String} in it fails here.
 */
class EventPayloadTests {

	private static final Set<Class<?>> ALLOWED = Set.of(UUID.class, Instant.class, LocalDate.class, int.class,
			long.class, boolean.class, Integer.class, Long.class, Boolean.class);

	@Test
	void everyEventCarriesOnlyIdsEnumsAndNumbers() {
		Set<Class<?>> events = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.tandem")
			.stream()
			.flatMap(c -> c.getMethods().stream())
			.filter(EventPayloadTests::listens)
			.flatMap(m -> m.getRawParameterTypes().stream())
			.map(JavaClass::reflect)
			.filter(type -> !type.getName().startsWith("org.springframework"))
			.collect(Collectors.toSet());
		assertThat(events).as("listened-to event types").isNotEmpty();
		for (Class<?> event : events) {
			assertThat(event.isRecord()).as(event + " is a record").isTrue();
			for (RecordComponent component : event.getRecordComponents()) {
				assertThat(allowed(component.getGenericType())).as(event.getSimpleName() + "." + component.getName())
					.isTrue();
			}
		}
	}

	private static boolean listens(JavaMethod method) {
		return method.isAnnotatedWith(EventListener.class) || method.isAnnotatedWith(ApplicationModuleListener.class)
				|| method.isAnnotatedWith(TransactionalEventListener.class);
	}

	private static boolean allowed(Type type) {
		if (type instanceof Class<?> plain) {
			return ALLOWED.contains(plain) || plain.isEnum();
		}
		if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw
				&& Collection.class.isAssignableFrom(raw)) {
			return allowed(generic.getActualTypeArguments()[0]);
		}
		return false;
	}

}
