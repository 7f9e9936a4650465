package sa.nonprofit.hail.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** Lists of ids in SQL: in chunks small enough for any database's limit on parameters. */
final class Sql {

	static final int CHUNK = 500;

	private Sql() {
	}

	static <T> List<List<T>> chunks(Collection<T> values) {
		List<T> all = new ArrayList<>(values);
		List<List<T>> chunks = new ArrayList<>();
		for (int start = 0; start < all.size(); start += CHUNK) {
			chunks.add(all.subList(start, Math.min(all.size(), start + CHUNK)));
		}
		return chunks;
	}

	/** {@code ?, ?, ?} for n values. */
	static String marks(int n) {
		return String.join(", ", Collections.nCopies(Math.max(1, n), "?"));
	}

}
