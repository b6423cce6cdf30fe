package id.zonaintegritas.document;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The S3-compatible object store for documents. Only the bucket is required against AWS,
 * where the SDK finds the credentials itself (environment, instance profile); against
 * MinIO, Ceph, SeaweedFS or another S3 API, the endpoint and the keys are set too.
 *
 * @param bucket the bucket the documents go into; no object store without it
 * @param endpoint the S3 API's address, or none for AWS itself
 * @param region the region to sign requests for
 * @param accessKey the access key, or none for the SDK's default credentials
 * @param secretKey the secret key belonging to it
 * @param pathStyle whether the bucket goes into the path instead of the host name (what
 * most servers other than AWS expect)
 */
@ConfigurationProperties("portal.documents.s3")
record S3Properties(String bucket, URI endpoint, @DefaultValue("us-east-1") String region, String accessKey,
		String secretKey, @DefaultValue("true") boolean pathStyle) {

	boolean configured() {
		return this.bucket != null && !this.bucket.isBlank();
	}

}
