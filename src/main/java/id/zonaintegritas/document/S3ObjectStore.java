package id.zonaintegritas.document;

import java.util.function.Consumer;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/** Objects in one bucket of an S3-compatible store. */
class S3ObjectStore implements ObjectStore {

	private final S3Client client;

	private final String bucket;

	S3ObjectStore(S3Client client, String bucket) {
		this.client = client;
		this.bucket = bucket;
	}

	@Override
	public void put(String sha256, byte[] content, String mediaType) {
		this.client.putObject((request) -> request.bucket(this.bucket).key(sha256).contentType(mediaType),
				RequestBody.fromBytes(content));
	}

	@Override
	public byte[] get(String sha256) {
		try {
			return this.client.getObjectAsBytes((request) -> request.bucket(this.bucket).key(sha256)).asByteArray();
		}
		catch (NoSuchKeyException ex) {
			throw new IllegalStateException("Document content " + sha256 + " is missing from bucket " + this.bucket,
					ex);
		}
	}

	@Override
	public void delete(String sha256) {
		this.client.deleteObject((request) -> request.bucket(this.bucket).key(sha256));
	}

	@Override
	public void forEachName(Consumer<String> action) {
		this.client.listObjectsV2Paginator(ListObjectsV2Request.builder().bucket(this.bucket).build())
			.contents()
			.stream()
			.map(S3Object::key)
			.forEach(action);
	}

}
