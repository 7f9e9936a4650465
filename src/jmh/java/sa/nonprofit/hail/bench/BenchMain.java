package sa.nonprofit.hail.bench;

/** Runs one benchmark by class name: JMH benchmarks through JMH, harnesses with a main method directly. */
public final class BenchMain {

	private BenchMain() {
	}

	public static void main(String[] args) throws Exception {
		String name = args.length > 0 ? args[0] : "WorkingCalendarBenchmark";
		Class<?> type = Class.forName(BenchMain.class.getPackageName() + "." + name);
		try {
			type.getMethod("main", String[].class).invoke(null, (Object) new String[0]);
		}
		catch (NoSuchMethodException jmhBenchmark) {
			org.openjdk.jmh.Main.main(new String[] { type.getName() });
		}
	}

}
