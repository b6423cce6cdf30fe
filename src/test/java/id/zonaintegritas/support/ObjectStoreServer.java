package id.zonaintegritas.support;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;

/**
 * S3Proxy, a real S3 API in the test JVM with a filesystem backend, on the port and with
 * the keys the test contexts' object store uses. Started by the first test that needs it,
 * kept until the JVM ends.
 */
public final class ObjectStoreServer {

	public static final int PORT = 3926;

	public static final String BUCKET = "portal-documents";

	public static final String ACCESS_KEY = "portal-test";

	public static final String SECRET_KEY = "portal-test-secret";

	private static S3Proxy server;

	private static BlobStore blobs;

	private ObjectStoreServer() {
	}

	/** Starts the server once; later calls find it running. */
	public static synchronized BlobStore start() {
		if (server == null) {
			try {
				Path directory = Files.createTempDirectory("portal-s3");
				Properties properties = new Properties();
				properties.setProperty("jclouds.filesystem.basedir", directory.toString());
				BlobStoreContext context = ContextBuilder.newBuilder("filesystem")
					.credentials(ACCESS_KEY, SECRET_KEY)
					.overrides(properties)
					.buildView(BlobStoreContext.class);
				blobs = context.getBlobStore();
				blobs.createContainerInLocation(null, BUCKET);
				S3Proxy proxy = S3Proxy.builder()
					.blobStore(blobs)
					.endpoint(URI.create("http://127.0.0.1:" + PORT))
					.awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
					.build();
				proxy.start();
				server = proxy;
			}
			catch (IOException ex) {
				throw new IllegalStateException("No temporary directory for S3Proxy", ex);
			}
			catch (Exception ex) {
				throw new IllegalStateException("S3Proxy did not start on port " + PORT, ex);
			}
		}
		return blobs;
	}

}
