package id.zonaintegritas.document.web;

import java.io.IOException;

import org.springframework.web.multipart.MultipartFile;

/** One file for the unit's evidence library. */
public class UploadForm {

	private MultipartFile file;

	String fileName() {
		return (this.file != null) ? this.file.getOriginalFilename() : null;
	}

	byte[] content() throws IOException {
		return (this.file != null) ? this.file.getBytes() : new byte[0];
	}

	public MultipartFile getFile() {
		return this.file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

}
