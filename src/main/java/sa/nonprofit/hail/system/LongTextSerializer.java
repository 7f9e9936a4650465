package sa.nonprofit.hail.system;

import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.impl.variable.serializer.PrimitiveValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Text variables longer than the engine's string column (4000 characters) are kept whole as UTF-8 bytes in the
 * engine's byte-array table and read back as an ordinary String, so a report of 8000 characters or long committee
 * findings survive on H2 and PostgreSQL alike. Shorter text keeps Camunda's own string serializer (and stays
 * searchable by value).
 */
class LongTextSerializer extends PrimitiveValueSerializer<StringValue> {

	/** The width of TEXT_ in Camunda's variable, history and detail tables. */
	static final int STRING_COLUMN = 4000;

	/** Stored in the variable's TYPE_ column; a later engine must keep this serializer to read such variables. */
	static final String NAME = "longString";

	LongTextSerializer() {
		super(ValueType.STRING);
	}

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	protected boolean canWriteValue(TypedValue value) {
		return value.getValue() instanceof String text && text.length() > STRING_COLUMN;
	}

	@Override
	public StringValue convertToTypedValue(UntypedValueImpl untypedValue) {
		return Variables.stringValue((String) untypedValue.getValue(), untypedValue.isTransient());
	}

	@Override
	public void writeValue(StringValue value, ValueFields fields) {
		fields.setTextValue(null);
		fields.setByteArrayValue(value.getValue().getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public StringValue readValue(ValueFields fields, boolean asTransientValue) {
		byte[] bytes = fields.getByteArrayValue();
		return Variables.stringValue(bytes == null ? null : new String(bytes, StandardCharsets.UTF_8), asTransientValue);
	}

}
