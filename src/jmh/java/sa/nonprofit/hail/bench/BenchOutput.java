package sa.nonprofit.hail.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A benchmark's raw output: every line goes to the console and to {@code bench/results/<date>-<name>.txt} as it is
 * written, so a run that fails half-way still leaves what it measured.
 */
final class BenchOutput {

	private final Path file;

	BenchOutput(String name) {
		String date = env("BENCH_DATE", LocalDate.now(ZoneId.of("Asia/Riyadh")).toString());
		this.file = Path.of("bench", "results", date + "-" + name + ".txt");
		try {
			Files.createDirectories(this.file.getParent());
			Files.writeString(this.file, "");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void line(String format, Object... args) {
		String text = String.format(format, args);
		System.out.println(text);
		try {
			Files.writeString(this.file, text + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Path file() {
		return this.file;
	}

	/** A setting of the run, from the environment (exec:exec passes the environment, not -D, to the benchmark). */
	static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

	static int env(String name, int fallback) {
		return Integer.parseInt(env(name, Integer.toString(fallback)));
	}

	/** The value at quantile q (0..1) of sorted values, nearest rank. */
	static double quantile(List<Double> sorted, double q) {
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(q * sorted.size());
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
	}

}
