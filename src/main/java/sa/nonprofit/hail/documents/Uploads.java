package sa.nonprofit.hail.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import sa.nonprofit.hail.system.Refusal;

/**
 * Files sent with a form: at most {@code app.documents.max-files} of at most {@code max-size} each, PDF, JPEG or PNG,
 * recognised by their first bytes, not by the name or the type the browser claims; names cleaned.
 */
@Component
public class Uploads {

	private static final byte[] PDF = { '%', 'P', 'D', 'F', '-' };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	/** The longest file name kept (the column's width). */
	static final int MAX_NAME = 200;

	private final DocumentProperties limits;

	Uploads(DocumentProperties limits) {
		this.limits = limits;
	}

	/** The files as documents, or a refusal in Arabic and English naming what is wrong; empty parts are skipped. */
	public List<Document> inspect(List<MultipartFile> files) {
		List<MultipartFile> given = files == null ? List.of() : files.stream().filter(file -> !file.isEmpty()).toList();
		if (given.size() > this.limits.maxFiles()) {
			throw Refusal.invalid("يمكن إرفاق " + this.limits.maxFiles() + " ملفات على الأكثر",
					"At most " + this.limits.maxFiles() + " files can be attached");
		}
		List<Document> documents = new ArrayList<>();
		for (MultipartFile file : given) {
			if (file.getSize() > this.limits.maxSize().toBytes()) {
				throw Refusal.invalid("حجم الملف أكبر من ١٠ ميجابايت", "A file is larger than 10 MB");
			}
			byte[] content;
			try {
				content = file.getBytes();
			}
			catch (IOException ex) {
				throw Refusal.invalid("تعذّرت قراءة الملف المرفق", "An attached file could not be read");
			}
			String type = mediaType(content);
			if (type == null) {
				throw Refusal.invalid("نوع الملف غير مقبول: PDF أو JPEG أو PNG فقط",
						"File type not accepted: PDF, JPEG or PNG only");
			}
			documents.add(new Document(safeName(file.getOriginalFilename(), type), type, content));
		}
		return documents;
	}

	static String mediaType(byte[] content) {
		if (startsWith(content, PDF)) {
			return "application/pdf";
		}
		if (startsWith(content, PNG)) {
			return "image/png";
		}
		if (startsWith(content, JPEG)) {
			return "image/jpeg";
		}
		return null;
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
	}

	/**
	 * The name staff will save the file under: no path, no control or invisible format characters (a right-to-left
	 * override would show "invoice\u202Efdp.hta" as "invoiceath.pdf"), and the extension of the type its content shows,
	 * so a file that starts like a PDF is saved as .pdf and never opens as .html or .hta.
	 */
	static String safeName(String name, String mediaType) {
		String cleaned = name == null ? ""
				: name.replaceAll("[\\\\/:*?\"<>|\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", "_").strip();
		int dot = cleaned.lastIndexOf('.');
		String base = dot > 0 ? cleaned.substring(0, dot) : cleaned;
		base = base.replaceAll("^[._ ]+", "");
		if (base.isBlank()) {
			base = "attachment";
		}
		String extension = switch (mediaType) {
			case "application/pdf" -> ".pdf";
			case "image/png" -> ".png";
			default -> ".jpg";
		};
		int room = MAX_NAME - extension.length();
		if (base.length() > room) {
			// never cut a character outside the basic plane in half
			int end = Character.isHighSurrogate(base.charAt(room - 1)) ? room - 1 : room;
			base = base.substring(0, end);
		}
		return base + extension;
	}

}
