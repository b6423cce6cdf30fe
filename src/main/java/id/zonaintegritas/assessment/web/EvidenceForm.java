package id.zonaintegritas.assessment.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.web.multipart.MultipartFile;

/**
 * A question's evidence as its page sends it: documents of the unit's library to attach,
 * a file to upload, or the checklist items the unit has.
 */
public class EvidenceForm {

	private List<Long> documentIds = new ArrayList<>();

	private Set<Long> itemIds = new LinkedHashSet<>();

	private MultipartFile file;

	String fileName() {
		return (this.file != null) ? this.file.getOriginalFilename() : null;
	}

	byte[] content() throws IOException {
		return (this.file != null) ? this.file.getBytes() : new byte[0];
	}

	public List<Long> getDocumentIds() {
		return this.documentIds;
	}

	public void setDocumentIds(List<Long> documentIds) {
		this.documentIds = documentIds;
	}

	public Set<Long> getItemIds() {
		return this.itemIds;
	}

	public void setItemIds(Set<Long> itemIds) {
		this.itemIds = itemIds;
	}

	public MultipartFile getFile() {
		return this.file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

}
