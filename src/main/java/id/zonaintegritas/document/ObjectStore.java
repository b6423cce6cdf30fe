package id.zonaintegritas.document;

import java.util.function.Consumer;

/**
 * Objects in a bucket, named by the SHA-256 of their content. Whoever calls it keeps the
 * database and the bucket in step ({@link DocumentContents}).
 */
interface ObjectStore {

	void put(String sha256, byte[] content, String mediaType);

	/** The object's bytes; an {@link IllegalStateException} when it is missing. */
	byte[] get(String sha256);

	/** Removes the object; nothing happens when it is already gone. */
	void delete(String sha256);

	/** Every object's name, page by page. */
	void forEachName(Consumer<String> action);

}
