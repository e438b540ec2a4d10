package org.tandem.platform.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * H2 creates its file with the process's default mode, often readable by every local account. Before any bean opens
 * the database, the embedded database's folder and an empty database file are made readable by their owner only,
 * and H2 writes into that file. The privacy job tightens anything else that appears in the data directory.
 */
@Component
class OwnerOnlyEmbeddedDatabase implements BeanFactoryPostProcessor, EnvironmentAware {

	private String url = "";

	@Override
	public void setEnvironment(Environment environment) {
		this.url = environment.getProperty("spring.datasource.url", "");
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		if (!url.startsWith("jdbc:h2:file:")) {
			return;
		}
		String base = url.substring("jdbc:h2:file:".length()).split(";", 2)[0];
		Path file = Path.of(base + ".mv.db");
		Path dir = file.toAbsolutePath().getParent();
		try {
			if (Files.exists(file) || dir == null || !dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
				return;
			}
			if (!Files.isDirectory(dir)) {
				Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
			}
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		catch (IOException e) {
			// H2 creates the file itself, or says why it cannot
		}
	}

}
