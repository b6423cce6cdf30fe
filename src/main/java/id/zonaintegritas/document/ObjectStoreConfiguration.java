package id.zonaintegritas.document;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The S3 client, made only when a bucket is configured
 * ({@code portal.documents.s3.bucket}, not empty).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(S3Properties.class)
@ConditionalOnExpression("'${portal.documents.s3.bucket:}' != ''")
class ObjectStoreConfiguration {

	@Bean(destroyMethod = "close")
	S3Client documentsS3Client(S3Properties properties) {
		S3ClientBuilder builder = S3Client.builder()
			.region(Region.of(properties.region()))
			.forcePathStyle(properties.pathStyle())
			// Checksums only where the API requires them: servers other than AWS (older
			// MinIO, Ceph, SeaweedFS) refuse the newer default trailing checksums.
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
		if (properties.endpoint() != null) {
			builder.endpointOverride(properties.endpoint());
		}
		if (properties.accessKey() != null && !properties.accessKey().isBlank()) {
			builder.credentialsProvider(StaticCredentialsProvider
				.create(AwsBasicCredentials.create(properties.accessKey(), properties.secretKey())));
		}
		else {
			builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
		}
		return builder.build();
	}

	@Bean
	ObjectStore documentsObjectStore(S3Client documentsS3Client, S3Properties properties) {
		return new S3ObjectStore(documentsS3Client, properties.bucket());
	}

}
