package sa.nonprofit.hail.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The name a document is kept and downloaded under says what it is, and nothing on screen can say otherwise. */
class UploadsTest {

	@Test
	void aFileThatStartsLikeAPdfIsSavedAsAPdfWhateverItWasCalled() {
		assertThat(Uploads.safeName("evidence.html", "application/pdf")).isEqualTo("evidence.pdf");
		assertThat(Uploads.safeName("run.hta", "application/pdf")).isEqualTo("run.pdf");
		assertThat(Uploads.safeName("photo.svg", "image/png")).isEqualTo("photo.png");
		assertThat(Uploads.safeName("scan.jpeg", "image/jpeg")).isEqualTo("scan.jpg");
		assertThat(Uploads.safeName("تقرير طبي.pdf", "application/pdf")).isEqualTo("تقرير طبي.pdf");
	}

	/** "invoice\u202Efdp.hta" shows as "invoiceath.pdf" in a right-to-left-override aware file list. */
	@Test
	void invisibleDirectionOverridesAndPathsAreRemoved() {
		assertThat(Uploads.safeName("invoice\u202Efdp.hta", "application/pdf")).isEqualTo("invoice_fdp.pdf");
		assertThat(Uploads.safeName("a\u200Fb\u2066c.pdf", "application/pdf")).isEqualTo("a_b_c.pdf");
		assertThat(Uploads.safeName("inv\u0085oice\u2028x\u2029.hta", "application/pdf")).isEqualTo("inv_oice_x_.pdf");
		assertThat(Uploads.safeName("../../etc/passwd", "application/pdf")).doesNotContain("/").endsWith(".pdf");
		assertThat(Uploads.safeName("C:\\Users\\x.exe", "application/pdf")).isEqualTo("C__Users_x.pdf");
		assertThat(Uploads.safeName(".hidden", "image/png")).isEqualTo("hidden.png");
		assertThat(Uploads.safeName("...", "image/png")).isEqualTo("attachment.png");
		assertThat(Uploads.safeName(null, "image/png")).isEqualTo("attachment.png");
	}

	@Test
	void aLongNameKeepsItsExtensionWithinTheColumn() {
		String name = Uploads.safeName("x".repeat(500) + ".html", "application/pdf");
		assertThat(name).hasSize(Uploads.MAX_NAME).endsWith(".pdf");
		String emoji = Uploads.safeName("a".repeat(195) + "\uD83D\uDE00\uD83D\uDE00.png", "image/png");
		assertThat(emoji.codePoints().noneMatch(point -> point >= 0xD800 && point <= 0xDFFF)).isTrue();
		assertThat(emoji).hasSizeLessThanOrEqualTo(Uploads.MAX_NAME).endsWith(".png");
	}

}
