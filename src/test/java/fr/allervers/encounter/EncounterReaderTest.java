package fr.allervers.encounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.Test;

/** The date formats found in field spreadsheets and apps, read in the service's zone. */
class EncounterReaderTest {

    private final EncounterReader reader = new EncounterReader(Instant.parse("2026-06-01T00:00:00Z"),
            ZoneId.of("Europe/Paris"), Period.ofMonths(24));

    @Test
    void readsIsoFrenchAndSplitDates() {
        Instant expected = Instant.parse("2026-03-14T09:30:00Z"); // 10:30 in Paris (winter time)
        assertThat(reader.parseDate("2026-03-14T10:30:00+01:00", null)).isEqualTo(expected);
        assertThat(reader.parseDate("2026-03-14T09:30:00Z", null)).isEqualTo(expected);
        assertThat(reader.parseDate("2026-03-14 10:30", null)).isEqualTo(expected);
        assertThat(reader.parseDate("14/03/2026 10h30", null)).isEqualTo(expected);
        assertThat(reader.parseDate("14/03/2026 10:30", null)).isEqualTo(expected);
        assertThat(reader.parseDate("14/03/2026", "10h30")).isEqualTo(expected);
        assertThat(reader.parseDate("2026-03-14", "10:30")).isEqualTo(expected);
        assertThat(reader.parseDate("14/03/2026", null)).isEqualTo(Instant.parse("2026-03-14T11:00:00Z"));
    }

    @Test
    void refusesWhatIsNotADate() {
        assertThatThrownBy(() -> reader.parseDate("hier", null)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> reader.parseDate("31/02/2026", null)).isInstanceOf(RuntimeException.class);
    }
}
