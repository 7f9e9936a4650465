package sa.nonprofit.hail.identity;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.boot.web.server.Cookie;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.DefaultCookieSerializer;

import sa.nonprofit.hail.system.UnsafeConfigurationException;

/**
 * The staff session cookie as {@code server.servlet.session.cookie} describes it (name, path, HttpOnly, Secure,
 * SameSite), written and read by {@link SignedSessionCookies} in place of Spring Boot's plain serializer.
 */
@Configuration(proxyBeanMethods = false)
class StaffSessionCookie {

	@Bean
	DefaultCookieSerializer cookieSerializer(ServerProperties server,
			@Value("${app.privacy.subject-hash-key:}") String subjectHashKey) {
		if (subjectHashKey.isBlank()) {
			throw new UnsafeConfigurationException("No subject hash key is set: staff session cookies cannot be signed.",
					"Set SUBJECT_HASH_KEY (app.privacy.subject-hash-key) to a random secret of at least 32 characters.");
		}
		Cookie cookie = server.getServlet().getSession().getCookie();
		SignedSessionCookies serializer = new SignedSessionCookies(subjectHashKey);
		PropertyMapper map = PropertyMapper.get().alwaysApplyingWhenNonNull();
		map.from(cookie::getName).to(serializer::setCookieName);
		map.from(cookie::getDomain).to(serializer::setDomainName);
		map.from(cookie::getPath).to(serializer::setCookiePath);
		map.from(cookie::getHttpOnly).to(serializer::setUseHttpOnlyCookie);
		map.from(cookie::getSecure).to(serializer::setUseSecureCookie);
		map.from(cookie::getMaxAge).asInt(Duration::getSeconds).to(serializer::setCookieMaxAge);
		map.from(cookie::getSameSite).as(Cookie.SameSite::attributeValue).to(serializer::setSameSite);
		map.from(cookie::getPartitioned).to(serializer::setPartitioned);
		return serializer;
	}

}
