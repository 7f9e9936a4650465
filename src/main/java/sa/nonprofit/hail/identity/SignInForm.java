package sa.nonprofit.hail.identity;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * The webapps' sign-in form, read before the sign-in itself so that its user name is known beforehand: the request
 * passed on replays the same body to the webapps. The form is two short fields; a larger body is not a sign-in and
 * is passed on unread.
 */
final class SignInForm extends HttpServletRequestWrapper {

	private static final int MAX_BYTES = 4096;

	private final byte[] body;

	private SignInForm(HttpServletRequest request, byte[] body) {
		super(request);
		this.body = body;
	}

	/** The request with its body kept, or the request itself when the body is too large to be a sign-in. */
	static HttpServletRequest read(HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() < 0 || request.getContentLengthLong() > MAX_BYTES) {
			return request;
		}
		return new SignInForm(request, request.getInputStream().readNBytes(MAX_BYTES));
	}

	/** The user name the form names, or null. */
	static String userName(HttpServletRequest request) {
		if (!(request instanceof SignInForm form)) {
			return null;
		}
		for (String field : new String(form.body, StandardCharsets.ISO_8859_1).split("&")) {
			if (field.startsWith("username=")) {
				return URLDecoder.decode(field.substring("username=".length()), StandardCharsets.UTF_8);
			}
		}
		return null;
	}

	@Override
	public ServletInputStream getInputStream() {
		ByteArrayInputStream bytes = new ByteArrayInputStream(this.body);
		return new ServletInputStream() {

			@Override
			public int read() {
				return bytes.read();
			}

			@Override
			public int read(byte[] buffer, int offset, int length) {
				return bytes.read(buffer, offset, length);
			}

			@Override
			public boolean isFinished() {
				return bytes.available() == 0;
			}

			@Override
			public boolean isReady() {
				return true;
			}

			@Override
			public void setReadListener(ReadListener listener) {
				throw new UnsupportedOperationException("the sign-in form is read at once");
			}

		};
	}

	@Override
	public BufferedReader getReader() {
		return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
	}

}
