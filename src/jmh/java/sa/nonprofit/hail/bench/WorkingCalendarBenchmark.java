package sa.nonprofit.hail.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import sa.nonprofit.hail.calendar.WorkingCalendar;

/**
 * {@code plusWorkingDays(start, 250)} over a table of 200 holidays. The calendar is the cached, in-memory one the
 * application uses between holiday edits: no database access per call. Run: see README, "Benchmarks".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WorkingCalendarBenchmark {

	private WorkingCalendar calendar;

	private LocalDate[] starts;

	private int next;

	@Setup
	public void setUp() {
		Random random = new Random(1827);
		LocalDate first = LocalDate.of(2026, 1, 1);
		Set<LocalDate> holidays = new HashSet<>();
		while (holidays.size() < 200) {
			holidays.add(first.plusDays(random.nextInt(3 * 365)));
		}
		this.calendar = new WorkingCalendar(List.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), holidays);
		this.starts = new LocalDate[1024];
		for (int i = 0; i < this.starts.length; i++) {
			this.starts[i] = first.plusDays(random.nextInt(2 * 365));
		}
	}

	@Benchmark
	public LocalDate plus250WorkingDays() {
		LocalDate start = this.starts[this.next++ & 1023];
		return this.calendar.plusWorkingDays(start, 250);
	}

}
