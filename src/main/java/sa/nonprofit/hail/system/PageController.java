package sa.nonprofit.hail.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.stereotype.Controller;

/**
 * A controller of server-rendered pages (templates/, one layout in fragments/layout.html): its model carries what the
 * layout shows on every page ({@link PageModel}). JSON controllers stay {@code @RestController}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface PageController {
}
