package id.zonaintegritas.document;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on uploaded documents, and where new ones are kept.
 *
 * @param maxSize the largest accepted document
 * @param allowedMediaTypes the media types accepted, as detected from the content
 * @param store where the bytes of new documents go; {@code s3} needs
 * {@code portal.documents.s3.bucket}
 */
@ConfigurationProperties("portal.documents")
record DocumentProperties(@DefaultValue("10MB") DataSize maxSize, @DefaultValue( {
		"application/pdf", "image/jpeg", "image/png" }) List<String> allowedMediaTypes,
		@DefaultValue("database") DocumentStore store){
}
