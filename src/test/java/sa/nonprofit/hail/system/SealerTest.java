package sa.nonprofit.hail.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** AES-256-GCM sealing: what opens, and what must fail loudly instead of returning someone else's data. */
class SealerTest {

	static final String OLD = "old:3BNlkPqk/jGAM4ullxMbHKTtdIX0rVDwSTgyzLbZ/FA=";

	static final String NEW = "new:zfHMdLe9r99oAbW9LxsWOEYBjkMwfUUj5/aMazoYbOA=";

	private final Sealer sealer = new Sealer(DataKeys.parse(OLD));

	private final SealedTable contacts = new SealedTable("app_reporter_contact", java.util.List.of("report_number"),
			java.util.List.of("email"), java.util.List.of());

	@Test
	void aSealedValueOpensForItsRowAndHidesThePlainText() {
		String context = this.contacts.context("email", "WB-2026-000001");
		SealedValue sealed = this.sealer.sealText("reporter@example.sa", context);
		assertThat(sealed.keyId()).isEqualTo("old");
		assertThat(new String(sealed.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("reporter");
		assertThat(sealed.text()).doesNotContain("reporter");
		assertThat(this.sealer.openText("old", sealed.text(), context)).isEqualTo("reporter@example.sa");
	}

	@Test
	void everySealUsesAFreshNonce() {
		String context = this.contacts.context("email", "WB-2026-000001");
		byte[] first = this.sealer.sealText("same@example.sa", context).bytes();
		byte[] second = this.sealer.sealText("same@example.sa", context).bytes();
		assertThat(Arrays.copyOf(first, 12)).isNotEqualTo(Arrays.copyOf(second, 12));
		assertThat(first).isNotEqualTo(second);
		assertThat(first).hasSize(12 + "same@example.sa".length() + 16);
	}

	@Test
	void aValueMovedToAnotherRowDoesNotOpen() {
		SealedValue sealed = this.sealer.sealText("reporter@example.sa", this.contacts.context("email", "WB-2026-000001"));
		assertThatThrownBy(() -> this.sealer.openText("old", sealed.text(), this.contacts.context("email", "WB-2026-000002")))
			.isInstanceOf(UnreadableSealException.class)
			.hasMessageContaining("app_reporter_contact.email|WB-2026-000002")
			.hasMessageContaining("moved from another row")
			.hasMessageNotContaining("reporter@example.sa");
	}

	@Test
	void aValueMovedToAnotherColumnDoesNotOpen() {
		SealedValue sealed = this.sealer.sealText("0551234567", this.contacts.context("mobile", "WB-2026-000001"));
		assertThatThrownBy(() -> this.sealer.openText("old", sealed.text(), this.contacts.context("email", "WB-2026-000001")))
			.isInstanceOf(UnreadableSealException.class);
	}

	@Test
	void anAlteredByteDoesNotOpen() {
		String context = this.contacts.context("email", "WB-2026-000001");
		byte[] sealed = this.sealer.seal("a document".getBytes(StandardCharsets.UTF_8), context).bytes();
		sealed[sealed.length - 20] ^= 1;
		assertThatThrownBy(() -> this.sealer.open("old", sealed, context)).isInstanceOf(UnreadableSealException.class)
			.hasMessageContaining("altered");
	}

	@Test
	void aKeyNoLongerConfiguredIsNamedNotGuessed() {
		String context = this.contacts.context("email", "WB-2026-000001");
		SealedValue sealed = this.sealer.sealText("reporter@example.sa", context);
		Sealer withoutOld = new Sealer(DataKeys.parse(NEW));
		assertThatThrownBy(() -> withoutOld.openText("old", sealed.text(), context))
			.isInstanceOf(UnreadableSealException.class)
			.hasMessageContaining("'old', which APP_DATA_KEYS no longer holds");
	}

	@Test
	void theSameKeyIdWithAnotherKeyDoesNotOpen() {
		String context = this.contacts.context("email", "WB-2026-000001");
		SealedValue sealed = this.sealer.sealText("reporter@example.sa", context);
		Sealer impostor = new Sealer(DataKeys.parse("old:" + NEW.substring(4)));
		assertThatThrownBy(() -> impostor.openText("old", sealed.text(), context))
			.isInstanceOf(UnreadableSealException.class);
	}

	@Test
	void theFirstKeySealsAndEveryKeyOpens() {
		String context = this.contacts.context("email", "WB-2026-000001");
		SealedValue underOld = this.sealer.sealText("reporter@example.sa", context);
		Sealer rotated = new Sealer(DataKeys.parse(NEW + "," + OLD));
		assertThat(rotated.openText("old", underOld.text(), context)).isEqualTo("reporter@example.sa");
		SealedValue underNew = rotated.sealText("reporter@example.sa", context);
		assertThat(underNew.keyId()).isEqualTo("new");
		assertThat(new Sealer(DataKeys.parse(NEW)).openText("new", underNew.text(), context))
			.isEqualTo("reporter@example.sa");
	}

	@Test
	void aValueWithoutAKeyIdIsRefusedAndNullStaysNull() {
		assertThatThrownBy(() -> this.sealer.openText(null, "plain@example.sa", "x"))
			.isInstanceOf(UnreadableSealException.class).hasMessageContaining("has no key id");
		assertThatThrownBy(() -> this.sealer.open(null, new byte[] { 1, 2, 3 }, "x"))
			.isInstanceOf(UnreadableSealException.class);
		assertThat(this.sealer.sealText(null, "x")).isNull();
		assertThat(this.sealer.openText("old", null, "x")).isNull();
	}

}
