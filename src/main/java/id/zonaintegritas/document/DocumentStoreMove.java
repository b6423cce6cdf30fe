package id.zonaintegritas.document;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Moves the documents' bytes from one store to the other, one content at a time, each in
 * its own transaction: stopped at any point, it goes on where it stopped when started
 * again, and the portal serves every document throughout (each row says where its bytes
 * are). Run it with {@code --portal.documents.move-to=s3} or {@code database}
 * ({@link DocumentStoreCommand}, docs/deployment.md).
 */
@Component
public class DocumentStoreMove {

	private static final int BATCH = 100;

	private final JdbcClient jdbc;

	private final DocumentContents contents;

	DocumentStoreMove(JdbcClient jdbc, DocumentContents contents) {
		this.jdbc = jdbc;
		this.contents = contents;
	}

	/**
	 * Moves every content that is not in the target store into it.
	 * @param target where the bytes should be
	 * @return how many contents were moved, and how many stay elsewhere
	 */
	public Result moveAll(DocumentStore target) {
		this.contents.objectStore();
		int moved = 0;
		String after = "";
		List<String> batch;
		do {
			batch = this.jdbc.sql("""
					select sha256 from document_content where store <> :target and sha256 > :after
					order by sha256 limit :batch
					""")
				.param("target", target.column())
				.param("after", after)
				.param("batch", BATCH)
				.query(String.class)
				.list();
			for (String sha256 : batch) {
				if (this.contents.move(sha256, target)) {
					moved++;
				}
				after = sha256;
			}
		}
		while (batch.size() == BATCH);
		int remaining = this.jdbc.sql("select count(*) from document_content where store <> :target")
			.param("target", target.column())
			.query(Integer.class)
			.single();
		return new Result(moved, remaining);
	}

	/**
	 * Removes the objects that no content row keeps in the object store: left by a
	 * process that died between writing an object and committing its row, or by an object
	 * store that could not be reached when a document was deleted. An upload in progress
	 * is never taken for one (its content's lock is held until its row is committed).
	 * @return how many objects were removed
	 */
	public int removeOrphans() {
		Set<String> kept = new HashSet<>(
				this.jdbc.sql("select sha256 from document_content where store = 's3'").query(String.class).list());
		List<String> candidates = new ArrayList<>();
		this.contents.objectStore().forEachName((name) -> {
			if (!kept.contains(name)) {
				candidates.add(name);
			}
		});
		int removed = 0;
		for (String name : candidates) {
			if (this.contents.removeObjectUnlessKept(name)) {
				removed++;
			}
		}
		return removed;
	}

	/**
	 * What a move did.
	 *
	 * @param moved contents moved by this run
	 * @param remaining contents still in the other store (moved meanwhile by uploads to
	 * the old store, or failed)
	 */
	public record Result(int moved, int remaining) {
	}

}
