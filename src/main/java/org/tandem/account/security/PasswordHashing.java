package org.tandem.account.security;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2id with parameters set explicitly at the OWASP baseline (19 MiB of memory, 2 iterations, 1 lane), a 16-byte
 * salt and a 32-byte hash. The parameters are written into every hash, so raising them later re-hashes gradually.
 */
public final class PasswordHashing {

	static final int MEMORY_KIB = 19 * 1024;

	static final int ITERATIONS = 2;

	static final int PARALLELISM = 1;

	private PasswordHashing() {
	}

	public static PasswordEncoder argon2id() {
		return new Argon2PasswordEncoder(16, 32, PARALLELISM, MEMORY_KIB, ITERATIONS);
	}

}
