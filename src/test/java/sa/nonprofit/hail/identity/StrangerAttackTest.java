package sa.nonprofit.hail.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import sa.nonprofit.hail.support.Http;
import sa.nonprofit.hail.support.LoopbackClient;
import sa.nonprofit.hail.support.TestClock;

/**
 * Issue 13, attacks 3 and 8, and deployment in production: an application as production runs it (no demo users, no
 * administrator from the environment yet, deployment over REST off), attacked by a stranger on the network.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "camunda.bpm.process-engine-name=strangerTests",
				"spring.datasource.url=jdbc:h2:mem:stranger-test;DB_CLOSE_DELAY=-1",
				"app.staff-security.rest-deployment=false", "app.staff-security.sign-in-failures=3" })
@ActiveProfiles("test")
@Import(TestClock.Configuration.class)
class StrangerAttackTest {

	private static final String PASSWORD = "Right-password-2026";

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	IdentityService identity;

	@Autowired
	RepositoryService repository;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void nobodyCreatesTheFirstAdministratorThroughTheSetupPage() {
		Http http = new Http(this.port);
		assertThat(this.identity.createUserQuery().memberOfGroup(StaffGroup.CAMUNDA_ADMIN.id()).count()).isZero();
		HttpResponse<String> page = http.get("/camunda/app/admin/" + this.engine.getName() + "/setup/");
		String token = page.headers().firstValue("X-XSRF-TOKEN").orElse("");
		String cookies = String.join("; ",
				page.headers().allValues("Set-Cookie").stream().map(cookie -> cookie.split(";", 2)[0]).toList());
		HttpResponse<String> created = http.send(http
			.request("/camunda/api/admin/setup/" + this.engine.getName() + "/user/create")
			.header("X-XSRF-TOKEN", token)
			.header("Cookie", cookies)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"profile":{"id":"intruder","firstName":"a","lastName":"b","email":"a@b.c"},
					 "credentials":{"password":"Intruder-password-1"}}"""))
			.build());
		assertThat(created.statusCode()).isEqualTo(403);
		assertThat(created.body()).contains("messageAr");
		assertThat(this.identity.createUserQuery().userId("intruder").count()).isZero();
		assertThat(this.identity.createUserQuery().memberOfGroup(StaffGroup.CAMUNDA_ADMIN.id()).count()).isZero();
	}

	@Test
	void processesAreDeployedFromTheApplicationOnlyEvenByTheAdministrator() {
		createUser("root1", StaffGroup.CAMUNDA_ADMIN);
		String deployment = this.repository.createDeploymentQuery().list().get(0).getId();
		long before = this.repository.createDeploymentQuery().count();
		HttpResponse<String> redeploy = new Http(this.port).postJson("/engine-rest/engine/" + this.engine.getName()
				+ "/deployment/" + deployment + "/redeploy", "{}", "root1", PASSWORD);
		assertThat(redeploy.statusCode()).isEqualTo(403);
		assertThat(redeploy.body()).contains("messageAr");
		assertThat(this.repository.createDeploymentQuery().count()).isEqualTo(before);
	}

	@Test
	void wrongPasswordsNeverLockAnAccountForGood() {
		createUser("victim1", StaffGroup.BENEFICIARY_RELATIONS);
		// Many strangers, each guessing from an address of their own and waiting out each delay, so that the engine
		// counts every failure (during a delay it refuses without counting).
		java.time.Instant now = new Date().toInstant();
		for (int i = 0; i < 25; i++) {
			now = now.plus(Duration.ofMinutes(2));
			ClockUtil.setCurrentTime(Date.from(now));
			assertThat(this.identity.checkPassword("victim1", "guess-" + i)).isFalse();
		}
		ClockUtil.setCurrentTime(Date.from(now.plus(Duration.ofMinutes(2))));
		assertThat(this.identity.checkPassword("victim1", PASSWORD)).isTrue();
	}

	@Test
	void aGuessingAddressIsThrottledAndTheOwnerStillSignsIn() {
		createUser("victim2", StaffGroup.BENEFICIARY_RELATIONS);
		LoopbackClient stranger = new LoopbackClient(this.port, "127.0.0.7");
		int lastStatus = 0;
		java.time.Instant now = new Date().toInstant();
		for (int i = 0; i < 6; i++) {
			// Each guess after the engine's delay, so that the password is really checked (and counted).
			now = now.plus(Duration.ofMinutes(1));
			ClockUtil.setCurrentTime(Date.from(now));
			lastStatus = stranger.get("/engine-rest/task", Map.of("Authorization", Http.basic("victim2", "guess-" + i)))
				.status();
		}
		assertThat(lastStatus).isEqualTo(429);
		// Refused before the password is checked: the right password from the guessing address gets nothing either.
		assertThat(stranger.get("/engine-rest/task", Map.of("Authorization", Http.basic("victim2", PASSWORD))).status())
			.isEqualTo(429);
		ClockUtil.setCurrentTime(Date.from(now.plus(Duration.ofSeconds(11))));
		LoopbackClient owner = new LoopbackClient(this.port, "127.0.0.8");
		LoopbackClient.Response signedIn = owner.get("/engine-rest/engine/" + this.engine.getName() + "/task", Map.of("Authorization", Http.basic("victim2", PASSWORD)));
		assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
	}

	@Test
	void aStrangersGuessDoesNotGetTheOwnersAddressThrottled() {
		createUser("victim3", StaffGroup.BENEFICIARY_RELATIONS);
		String path = "/engine-rest/engine/" + this.engine.getName() + "/task";
		Map<String, String> right = Map.of("Authorization", Http.basic("victim3", PASSWORD));
		java.time.Instant now = new Date().toInstant();
		ClockUtil.setCurrentTime(Date.from(now));
		// One wrong password starts the engine's delay on the account, during which it refuses even the right one.
		assertThat(new LoopbackClient(this.port, "127.0.0.31")
			.get(path, Map.of("Authorization", Http.basic("victim3", "guess")))
			.status()).isEqualTo(401);
		LoopbackClient owner = new LoopbackClient(this.port, "127.0.0.32");
		for (int i = 0; i < 3; i++) {
			assertThat(owner.get(path, right).status()).as("the owner during the delay").isEqualTo(401);
		}
		// The owner's refusals were the engine's delay, not the owner's failures: once it is over, they sign in.
		ClockUtil.setCurrentTime(Date.from(now.plus(Duration.ofMinutes(1))));
		LoopbackClient.Response signedIn = owner.get(path, right);
		assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
	}

	private void createUser(String id, StaffGroup group) {
		if (this.identity.createUserQuery().userId(id).count() == 0) {
			User user = this.identity.newUser(id);
			user.setPassword(PASSWORD);
			this.identity.saveUser(user);
			this.identity.createMembership(id, group.id());
		}
	}

}
