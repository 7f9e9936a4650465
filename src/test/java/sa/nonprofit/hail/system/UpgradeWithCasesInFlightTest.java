package sa.nonprofit.hail.system;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import sa.nonprofit.hail.support.ApplicationTest;

/** Cases opened under the last release finish under this one, on H2 ({@link UpgradeWithCasesInFlight}). */
@ApplicationTest
class UpgradeWithCasesInFlightTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext application;

	@Test
	void casesOpenedUnderTheLastReleaseFinishUnderThisOne() throws Exception {
		new UpgradeWithCasesInFlight(this.application, this.port).casesOpenedUnderTheLastReleaseFinishUnderThisOne();
	}

}
