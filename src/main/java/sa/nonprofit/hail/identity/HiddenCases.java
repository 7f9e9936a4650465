package sa.nonprofit.hail.identity;

import java.util.List;
import java.util.Set;

/**
 * Case references a reader must not learn exist (a report about them, say). Declared by the process modules; the
 * break-glass trail leaves out every entry naming one.
 */
public interface HiddenCases {

	Set<String> referencesHiddenFrom(String userId, List<String> groups);

}
