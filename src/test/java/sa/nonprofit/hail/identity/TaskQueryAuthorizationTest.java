package sa.nonprofit.hail.identity;

import sa.nonprofit.hail.support.ApplicationTest;

/** The per-task check against the engine's join, on H2 (the embedded default). */
@ApplicationTest
class TaskQueryAuthorizationTest extends TaskQueryAuthorizationComparison {

}
