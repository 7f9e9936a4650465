package sa.nonprofit.hail.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import sa.nonprofit.hail.support.ApplicationTest;

@ApplicationTest
public class CaseNumbersTest {

	@Autowired
	CaseNumbers numbers;

	@Test
	void numbersAreUniqueUnderConcurrency() throws Exception {
		assertThat(takeConcurrently(this.numbers, "TST", 8, 25)).hasSize(200)
			.allSatisfy(number -> assertThat(number).matches("TST-\\d{4}-\\d{6}"));
	}

	public static Set<String> takeConcurrently(CaseNumbers numbers, String prefix, int threads, int each) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<List<String>>> results = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				Callable<List<String>> task = () -> {
					List<String> taken = new ArrayList<>();
					for (int i = 0; i < each; i++) {
						taken.add(numbers.next(prefix));
					}
					return taken;
				};
				results.add(pool.submit(task));
			}
			Set<String> all = new HashSet<>();
			for (Future<List<String>> result : results) {
				all.addAll(result.get());
			}
			return all;
		}
		finally {
			pool.shutdown();
		}
	}

}
