package sa.nonprofit.hail.privacy;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import sa.nonprofit.hail.system.DataKeys;
import sa.nonprofit.hail.system.Refusal;

/**
 * The data keys for administrators (camunda-admin only, by the security configuration): which key seals, how many
 * rows each key id holds, and a rotation on request. Never a key itself.
 */
@RestController
@RequestMapping("/api/admin/data-keys")
class DataKeyController {

	/** The configured key ids (the first seals) and the rows of each sealed table per key id. */
	record KeyUse(String currentKeyId, List<String> configuredKeyIds,
			Map<String, Map<String, Long>> rowsPerKey) {
	}

	private final DataKeys keys;

	private final DataKeyRotation rotation;

	DataKeyController(DataKeys keys, DataKeyRotation rotation) {
		this.keys = keys;
		this.rotation = rotation;
	}

	@GetMapping
	KeyUse use() {
		return new KeyUse(this.keys.currentId(), this.keys.ids(), this.rotation.rowsPerKey());
	}

	/** Re-seals every row not under the current key now; the rows re-sealed per table. */
	@PostMapping("/rotate")
	Map<String, Long> rotate() {
		return this.rotation.rotate()
			.orElseThrow(() -> Refusal.conflict("تجري إعادة التشفير الآن على خادم آخر: أعد المحاولة بعد انتهائها",
					"Another node is re-sealing the data now: try again once it has finished"));
	}

}
