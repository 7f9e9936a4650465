package sa.nonprofit.hail.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** How many files one upload may carry and how large each may be ({@code app.documents}). */
@ConfigurationProperties("app.documents")
record DocumentProperties(@DefaultValue("5") int maxFiles, @DefaultValue("10MB") DataSize maxSize) {
}
