package org.tandem.privacy.keys;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.tandem.privacy.KeyPurpose;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;

/**
 * The key store at scale, one step per run so that bench/keystore.sh can drop the page cache and start a fresh process
 * (an empty key cache) between steps. Owner number {@code i} is always the same id, so steps can find the owners an
 * earlier one made. Not a test: run by bench/keystore.sh.
 * <pre>
 * fill DIR FROM TO            owners FROM..TO-1 in bulk (100,000 at a time, forced once per bucket at the end), as a
 *                             migration does
 * create DIR FROM COUNT THREADS   COUNT new owners, each made as a request makes them (forced before it returns)
 * create-old DIR FROM COUNT THREADS  the same in the old layout (two files written with SYNC and hard-linked)
 * read DIR MAX COUNT          COUNT owners picked at random among the first MAX, their keys read (a fresh process)
 * destroy DIR MAX COUNT       COUNT owners picked at random among the first MAX, destroyed as a purge does
 * old DIR COUNT               COUNT owners in the old layout (two key files each), for the migration
 * open DIR                    opens the store (moving an old layout)
 * </pre>
 */
public final class KeyStoreBenchmark {

	private KeyStoreBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		AeadConfig.register();
		StreamingAeadConfig.register();
		Path dir = Path.of(args[1]);
		Path kekFile = dir.resolve("kek.json");
		KeyEncryptionKey kek = KeyEncryptionKey.load(null, kekFile, Files.exists(kekFile));
		Path keys = dir.resolve("keys");
		long start = System.nanoTime();
		switch (args[0]) {
			case "fill" -> {
				DataKeyStore store = store(keys, kek);
				KeyBuckets buckets = new KeyBuckets(store.bucketFolder());
				long from = Long.parseLong(args[2]);
				long to = Long.parseLong(args[3]);
				java.util.Map<Integer, List<KeyBuckets.Slot>> pending = new java.util.HashMap<>();
				for (long i = from; i < to; i++) {
					UUID owner = owner(i);
					pending.computeIfAbsent(KeyBuckets.bucket(owner), b -> new ArrayList<>())
						.add(new KeyBuckets.Slot(0, KeyBuckets.LIVE, owner, store.wrap(owner, OwnerKeys.fresh())));
					if ((i - from) % 100_000 == 99_999 || i == to - 1) {
						pending.forEach(buckets::addAll);
						pending.clear();
					}
				}
				buckets.forceAll();
				report("fill", to - from, start, null);
			}
			case "create" -> {
				DataKeyStore store = store(keys, kek);
				long from = Long.parseLong(args[2]);
				int count = Integer.parseInt(args[3]);
				int threads = Integer.parseInt(args[4]);
				AtomicLong next = new AtomicLong(from);
				long[] latencies = parallel(threads, count, () -> {
					UUID owner = owner(next.getAndIncrement());
					store.aead(owner, KeyPurpose.IDENTIFYING);
					store.aead(owner, KeyPurpose.CASE);
				});
				report("create (" + threads + " threads)", count, start, latencies);
			}
			case "create-old" -> {
				// The store before the bucket layout, as it made a request's two keys: for each, a keyset generated and
				// wrapped, written to a new file with SYNC, published with a hard link.
				long from = Long.parseLong(args[2]);
				int count = Integer.parseInt(args[3]);
				int threads = Integer.parseInt(args[4]);
				AtomicLong next = new AtomicLong(from);
				long[] latencies = parallel(threads, count, () -> {
					UUID owner = owner(next.getAndIncrement());
					for (String label : List.of("identifying", "case")) {
						try {
							Path file = keys.resolve(owner.toString().substring(0, 2)).resolve(owner + "." + label + ".json");
							String wrapped = TinkJsonProtoKeysetFormat.serializeEncryptedKeyset(
									KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM), kek.aead(),
									("tandem-data-key-v1\0" + owner + "." + label).getBytes(StandardCharsets.UTF_8));
							SecureFiles.createOwnerOnlyDirectory(file.getParent());
							Path temp = file.resolveSibling(owner + "." + label + "." + UUID.randomUUID() + ".new");
							SecureFiles.createOwnerOnly(temp);
							Files.writeString(temp, wrapped, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.WRITE,
									java.nio.file.StandardOpenOption.SYNC);
							Files.createLink(file, temp);
							Files.delete(temp);
						}
						catch (Exception e) {
							throw new IllegalStateException(e);
						}
					}
				});
				report("create in the old layout (" + threads + " threads)", count, start, latencies);
			}
			case "read" -> {
				DataKeyStore store = store(keys, kek);
				long max = Long.parseLong(args[2]);
				int count = Integer.parseInt(args[3]);
				java.util.SplittableRandom random = new java.util.SplittableRandom(7);
				long[] latencies = new long[count];
				for (int i = 0; i < count; i++) {
					UUID owner = owner(random.nextLong(max));
					long t = System.nanoTime();
					store.existingAead(owner, KeyPurpose.CASE).orElseThrow().encrypt(new byte[1], new byte[0]); // throws if missing
					latencies[i] = System.nanoTime() - t;
				}
				report("read cold", count, start, latencies);
			}
			case "destroy" -> {
				DataKeyStore store = store(keys, kek);
				long max = Long.parseLong(args[2]);
				int count = Integer.parseInt(args[3]);
				java.util.SplittableRandom random = new java.util.SplittableRandom(11);
				long[] latencies = new long[count];
				for (int i = 0; i < count; i++) {
					UUID owner = owner(random.nextLong(max));
					long t = System.nanoTime();
					store.destroy(owner);
					latencies[i] = System.nanoTime() - t;
				}
				report("destroy", count, start, latencies);
			}
			case "old" -> {
				int count = Integer.parseInt(args[2]);
				for (long i = 0; i < count; i++) {
					UUID owner = owner(i);
					for (String label : List.of("identifying", "case")) {
						Path file = keys.resolve(owner.toString().substring(0, 2)).resolve(owner + "." + label + ".json");
						Files.createDirectories(file.getParent());
						Files.writeString(file, TinkJsonProtoKeysetFormat.serializeEncryptedKeyset(
								KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM), kek.aead(),
								("tandem-data-key-v1\0" + owner + "." + label).getBytes(StandardCharsets.UTF_8)));
					}
				}
				report("old layout written", count, start, null);
			}
			case "open" -> {
				store(keys, kek);
				report("open (moves an old layout)", 1, start, null);
			}
			default -> throw new IllegalArgumentException(args[0]);
		}
	}

	private static DataKeyStore store(Path keys, KeyEncryptionKey kek) {
		return new DataKeyStore(keys, kek, Duration.ofMinutes(1), Clock.systemUTC());
	}

	/** Owner number {@code i}: a fixed, random-looking version 4 id. */
	static UUID owner(long i) {
		long hi = mix(i * 2 + 1);
		long lo = mix(i * 2 + 2);
		hi = (hi & ~0xF000L) | 0x4000L;
		lo = (lo & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(hi, lo);
	}

	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return z ^ (z >>> 31);
	}

	private static long[] parallel(int threads, int count, Runnable task) throws Exception {
		long[] latencies = new long[count];
		AtomicLong index = new AtomicLong();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				futures.add(pool.submit(() -> {
					for (long i; (i = index.getAndIncrement()) < count;) {
						long s = System.nanoTime();
						task.run();
						latencies[(int) i] = System.nanoTime() - s;
					}
				}));
			}
			for (Future<?> f : futures) {
				f.get();
			}
		}
		finally {
			pool.shutdown();
		}
		return latencies;
	}

	private static void report(String step, long count, long start, long[] latencies) {
		double seconds = (System.nanoTime() - start) / 1e9;
		StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s: %d in %.1f s (%.0f/s)", step, count,
				seconds, count / seconds));
		if (latencies != null) {
			Arrays.sort(latencies);
			line.append(String.format(Locale.ROOT, ", p50 %.2f ms, p99 %.2f ms", latencies[latencies.length / 2] / 1e6,
					latencies[(int) (latencies.length * 0.99)] / 1e6));
		}
		System.out.println(line);
	}

}
