package id.zonaintegritas.document;

/**
 * Where a document's bytes are kept: in PostgreSQL beside what is known of it, or in an
 * S3-compatible object store under its SHA-256.
 */
public enum DocumentStore {

	/** In the {@code document_content} table (the default). */
	DATABASE("database"),

	/** In the configured bucket, the object named by the content's SHA-256. */
	S3("s3");

	private final String column;

	DocumentStore(String column) {
		this.column = column;
	}

	/** The value in {@code document_content.store}. */
	String column() {
		return this.column;
	}

	static DocumentStore ofColumn(String column) {
		for (DocumentStore store : values()) {
			if (store.column.equals(column)) {
				return store;
			}
		}
		throw new IllegalArgumentException("Unknown document store " + column);
	}

}
