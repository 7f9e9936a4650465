package sa.nonprofit.hail.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The sign-in form is read for its user name and replayed whole to the webapps. */
class SignInFormTest {

	@Test
	void theUserNameIsReadAndTheBodyReplayed() throws Exception {
		String body = "username=%D8%B9%D9%84%D9%8A.1&password=s%26cret";
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/camunda/api/admin/auth/user/default/login/tasklist");
		request.setContentType("application/x-www-form-urlencoded");
		request.setContent(body.getBytes(StandardCharsets.ISO_8859_1));

		HttpServletRequest read = SignInForm.read(request);

		assertThat(SignInForm.userName(read)).isEqualTo("علي.1");
		assertThat(new String(read.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1)).isEqualTo(body);
	}

	@Test
	void aBodyTooLargeForASignInIsPassedOnUnread() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/camunda/api/admin/auth/user/default/login/tasklist");
		request.setContent(new byte[10_000]);

		HttpServletRequest read = SignInForm.read(request);

		assertThat(read).isSameAs(request);
		assertThat(SignInForm.userName(read)).isNull();
		assertThat(read.getInputStream().readAllBytes()).hasSize(10_000);
	}

}
