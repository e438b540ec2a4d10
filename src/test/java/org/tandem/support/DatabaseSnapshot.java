package org.tandem.support;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

/**
 * The rows of every application table, written in a format both H2 and PostgreSQL can load back: one file per
 * snapshot, a table header then one line per row, each value tagged with its type ({@code S} text, {@code B} bytes,
 * {@code T} instant, {@code D} date, {@code Z} boolean, {@code I} integer, {@code N} decimal, {@code U} UUID, {@code -}
 * null; text and bytes in Base64). Upgrade tests load a snapshot taken by an earlier release into a database migrated
 * to that release's schema, then let the current release migrate it.
 */
public final class DatabaseSnapshot {

	/** Tables that are not application data, or that the schema's own migrations fill. */
	private static final Set<String> SKIPPED = Set.of("flyway_schema_history", "spring_session",
			"spring_session_attributes", "event_publication", "event_publication_archive");

	private DatabaseSnapshot() {
	}

	public static void write(DataSource dataSource, Path file) {
		try (Connection connection = dataSource.getConnection();
				BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			for (String table : tables(connection)) {
				try (ResultSet rows = connection.createStatement().executeQuery("select * from " + table)) {
					ResultSetMetaData meta = rows.getMetaData();
					List<String> columns = new ArrayList<>();
					for (int i = 1; i <= meta.getColumnCount(); i++) {
						columns.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
					}
					out.write("table " + table + " " + String.join(",", columns) + "\n");
					while (rows.next()) {
						List<String> values = new ArrayList<>();
						for (int i = 1; i <= columns.size(); i++) {
							values.add(encode(rows, i, meta.getColumnType(i)));
						}
						out.write(String.join(" ", values) + "\n");
					}
				}
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Loads a snapshot into a database whose schema is the one it was taken from, parents before children. */
	public static void load(Connection connection, Path file) {
		Map<String, List<String>> columns = new LinkedHashMap<>();
		Map<String, List<String[]>> rows = new LinkedHashMap<>();
		try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String table = null;
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				if (line.startsWith("table ")) {
					String[] parts = line.split(" ", 3);
					table = parts[1];
					columns.put(table, List.of(parts[2].split(",")));
					rows.put(table, new ArrayList<>());
				}
				else if (table != null && !line.isEmpty()) {
					rows.get(table).add(line.split(" ", -1));
				}
			}
			for (String name : tables(connection)) {
				if (!rows.containsKey(name) || rows.get(name).isEmpty()) {
					continue;
				}
				List<String> cols = columns.get(name);
				String sql = "insert into " + name + " (" + String.join(", ", cols) + ") values ("
						+ String.join(", ", cols.stream().map(c -> "?").toList()) + ")";
				try (PreparedStatement insert = connection.prepareStatement(sql)) {
					for (String[] row : rows.get(name)) {
						for (int i = 0; i < row.length; i++) {
							bind(insert, i + 1, row[i]);
						}
						insert.addBatch();
					}
					insert.executeBatch();
				}
				restartIdentities(connection, name);
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Identity columns go on after the highest value loaded, as they would have in the database the rows came from. */
	private static void restartIdentities(Connection connection, String table) throws SQLException {
		List<String> identities = new ArrayList<>();
		try (ResultSet columns = connection.getMetaData().getColumns(null, connection.getSchema(), table, "%")) {
			while (columns.next()) {
				if ("YES".equalsIgnoreCase(columns.getString("IS_AUTOINCREMENT"))) {
					identities.add(columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
				}
			}
		}
		for (String column : identities) {
			long next;
			try (ResultSet max = connection.createStatement()
				.executeQuery("select coalesce(max(" + column + "), 0) + 1 from " + table)) {
				max.next();
				next = max.getLong(1);
			}
			connection.createStatement().execute("alter table " + table + " alter column " + column + " restart with " + next);
		}
	}

	/** The application's tables, each after the tables it refers to. */
	static List<String> tables(Connection connection) throws SQLException {
		DatabaseMetaData meta = connection.getMetaData();
		String schema = connection.getSchema();
		Set<String> names = new LinkedHashSet<>();
		try (ResultSet tables = meta.getTables(null, schema, "%", new String[] { "TABLE" })) {
			while (tables.next()) {
				String name = tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
				if (!SKIPPED.contains(name)) {
					names.add(name);
				}
			}
		}
		Map<String, Set<String>> parents = new LinkedHashMap<>();
		for (String name : names) {
			Set<String> of = new LinkedHashSet<>();
			try (ResultSet keys = meta.getImportedKeys(null, schema, name)) {
				while (keys.next()) {
					String parent = keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
					if (!parent.equals(name) && names.contains(parent)) {
						of.add(parent);
					}
				}
			}
			parents.put(name, of);
		}
		List<String> ordered = new ArrayList<>();
		while (ordered.size() < names.size()) {
			boolean progressed = false;
			for (String name : names) {
				if (!ordered.contains(name) && ordered.containsAll(parents.get(name))) {
					ordered.add(name);
					progressed = true;
				}
			}
			if (!progressed) {
				throw new IllegalStateException("Tables refer to each other in a cycle: " + parents);
			}
		}
		return ordered;
	}

	private static String encode(ResultSet rows, int column, int type) throws SQLException {
		Object value = rows.getObject(column);
		if (value == null) {
			return "-";
		}
		if (value instanceof UUID uuid) {
			return "U" + uuid;
		}
		Base64.Encoder base64 = Base64.getEncoder();
		return switch (type) {
			case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB ->
				"B" + base64.encodeToString(rows.getBytes(column));
			case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE ->
				"T" + rows.getTimestamp(column).toInstant();
			case Types.DATE -> "D" + rows.getDate(column).toLocalDate();
			case Types.BOOLEAN, Types.BIT -> "Z" + rows.getBoolean(column);
			case Types.INTEGER, Types.SMALLINT, Types.BIGINT, Types.TINYINT -> "I" + rows.getLong(column);
			case Types.NUMERIC, Types.DECIMAL, Types.DOUBLE, Types.REAL, Types.FLOAT -> "N" + rows.getBigDecimal(column);
			default -> "S" + base64.encodeToString(rows.getString(column).getBytes(StandardCharsets.UTF_8));
		};
	}

	private static void bind(PreparedStatement insert, int index, String value) throws SQLException {
		if (value.equals("-")) {
			insert.setObject(index, null, parameterType(insert, index));
			return;
		}
		String body = value.substring(1);
		switch (value.charAt(0)) {
			case 'B' -> insert.setBytes(index, Base64.getDecoder().decode(body));
			case 'T' -> insert.setObject(index, OffsetDateTime.parse(body.endsWith("Z") ? body : body + "Z"));
			case 'D' -> insert.setObject(index, LocalDate.parse(body));
			case 'Z' -> insert.setBoolean(index, Boolean.parseBoolean(body));
			case 'I' -> insert.setLong(index, Long.parseLong(body));
			case 'N' -> insert.setBigDecimal(index, new BigDecimal(body));
			case 'U' -> insert.setObject(index, UUID.fromString(body));
			case 'S' -> insert.setString(index, new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8));
			default -> throw new IllegalStateException("Unknown value tag in snapshot: " + value.charAt(0));
		}
	}

	private static int parameterType(PreparedStatement insert, int index) {
		try {
			return insert.getParameterMetaData().getParameterType(index);
		}
		catch (SQLException e) {
			return Types.NULL;
		}
	}

}
