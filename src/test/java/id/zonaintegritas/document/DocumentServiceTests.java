package id.zonaintegritas.document;

import java.nio.charset.StandardCharsets;
import java.util.List;

import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ForbiddenException;
import id.zonaintegritas.shared.NotFoundException;
import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalIntegrationTest
class DocumentServiceTests {

	@Autowired
	DocumentService documents;

	@Autowired
	JdbcTemplate jdbc;

	long unit;

	Actor staff;

	@BeforeEach
	void newUnit() {
		this.unit = TestData.newWorkUnit(this.jdbc, "BPS");
		this.staff = TestData.staffOf(this.jdbc, this.unit);
	}

	@Test
	void storesAPdfWithTheTypeDetectedFromItsContentAndItsChecksum() {
		byte[] pdf = TestData.pdf("piagam " + this.unit);

		DocumentView stored = this.documents.upload(this.unit, "piagam.pdf", pdf, this.staff);

		assertThat(stored.mediaType()).isEqualTo("application/pdf");
		assertThat(stored.sizeBytes()).isEqualTo(pdf.length);
		assertThat(stored.sha256()).hasSize(64);
		assertThat(stored.uploadedBy()).isEqualTo(this.staff.username());
		assertThat(this.documents.content(stored.id()).content()).isEqualTo(pdf);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'DOCUMENT_UPLOADED' and object_id = ?", Integer.class,
				String.valueOf(stored.id())))
			.isEqualTo(1);
	}

	@Test
	void theClientsNameAndTypeAreNotTrusted() {
		byte[] png = TestData.png();

		DocumentView stored = this.documents.upload(this.unit, "foto.pdf", png, this.staff);
		DocumentView page = this.documents.upload(this.unit, "laporan.html", TestData.pdf("html " + this.unit),
				this.staff);

		assertThat(stored.mediaType()).isEqualTo("image/png");
		assertThat(stored.fileName()).as("the extension follows the detected content").isEqualTo("foto.pdf.png");
		assertThat(page.mediaType()).isEqualTo("application/pdf");
		assertThat(page.fileName()).as("a PDF is never stored as .html").isEqualTo("laporan.html.pdf");
	}

	@Test
	void sameContentUploadedTwiceIsStoredOnce() {
		byte[] pdf = TestData.pdf("sama " + this.unit);

		DocumentView first = this.documents.upload(this.unit, "a.pdf", pdf, this.staff);
		DocumentView second = this.documents.upload(this.unit, "b.pdf", pdf, this.staff);

		assertThat(second.id()).isNotEqualTo(first.id());
		assertThat(second.sha256()).isEqualTo(first.sha256());
		assertThat(this.jdbc.queryForObject("select count(*) from document_content where sha256 = ?", Integer.class,
				first.sha256()))
			.isEqualTo(1);
	}

	@Test
	void aDisguisedFileIsRefusedAndNothingIsStored() {
		byte[] script = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> this.documents.upload(this.unit, "laporan.pdf", script, this.staff))
			.isInstanceOfSatisfying(DocumentRejectedException.class,
					(ex) -> assertThat(ex.getReason()).isEqualTo(DocumentRejectedException.Reason.TYPE_NOT_ALLOWED));
		assertThat(this.documents.ofWorkUnit(this.unit)).isEmpty();
	}

	@Test
	void anEmptyOrOversizedFileIsRefused() {
		assertThatThrownBy(() -> this.documents.upload(this.unit, "kosong.pdf", new byte[0], this.staff))
			.isInstanceOfSatisfying(DocumentRejectedException.class,
					(ex) -> assertThat(ex.getReason()).isEqualTo(DocumentRejectedException.Reason.EMPTY));
		byte[] big = new byte[(int) this.documents.maxSizeBytes() + 1];
		System.arraycopy(TestData.pdf("besar"), 0, big, 0, 20);
		assertThatThrownBy(() -> this.documents.upload(this.unit, "besar.pdf", big, this.staff)).isInstanceOfSatisfying(
				DocumentRejectedException.class,
				(ex) -> assertThat(ex.getReason()).isEqualTo(DocumentRejectedException.Reason.TOO_LARGE));
		assertThat(this.documents.ofWorkUnit(this.unit)).isEmpty();
	}

	@Test
	void pathsAndMarkupInAFileNameAreMadeHarmless() {
		DocumentView stored = this.documents.upload(this.unit, "C:\\Users\\x\\<script>rapat\".pdf",
				TestData.pdf("nama " + this.unit), this.staff);

		assertThat(stored.fileName()).isEqualTo("_script_rapat_.pdf");
	}

	@Test
	void documentsOfAnotherUnitAreNotFound() {
		DocumentView stored = this.documents.upload(this.unit, "a.pdf", TestData.pdf("lain " + this.unit), this.staff);
		long otherUnit = TestData.newWorkUnit(this.jdbc, "BPOM");

		assertThatThrownBy(() -> this.documents.upload(otherUnit, "b.pdf", TestData.pdf("b " + otherUnit), this.staff))
			.as("staff upload only to their own units")
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> this.documents.requireAllOfWorkUnit(otherUnit, List.of(stored.id())))
			.isInstanceOf(NotFoundException.class);
	}

}
