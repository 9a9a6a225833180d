package fr.allervers.permanence.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The RFC 5545 line rules, on text that stresses them: accents, long values, special characters. */
class IcsCalendarTest {

    @Test
    void longLinesAreFoldedAt75OctetsWithoutCuttingACharacter() {
        String value = "Permanence à l'Accueil de jour « La Passerelle » — Vénissieux, près de l'école élémentaire";
        StringBuilder out = new StringBuilder();

        IcsCalendar.line(out, "SUMMARY:" + IcsCalendar.text(value));

        String folded = out.toString();
        assertThat(folded).endsWith("\r\n").contains("\r\n ");
        for (String physical : folded.split("\r\n")) {
            assertThat(physical.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(physical).doesNotContain("\uFFFD");
        }
        assertThat(IcsAssertions.assertWellFormed(folded))
                .isEqualTo(List.of("SUMMARY:" + value.replace(",", "\\,")));
    }

    @Test
    void textValuesAreEscaped() {
        assertThat(IcsCalendar.text("a;b,c\\d\ne")).isEqualTo("a\\;b\\,c\\\\d\\ne");
    }

    @Test
    void everyLineBreakIsEscapedAndOtherControlCharactersAreDropped() {
        assertThat(IcsCalendar.text("a\rb\r\nc\nd")).isEqualTo("a\\nb\\nc\\nd");
        assertThat(IcsCalendar.text("a\u0000b\u0007c\u000Bd\u001Fe\u007Ff\u0085g")).isEqualTo("abcdefg");
        assertThat(IcsCalendar.text("a\tb")).isEqualTo("a\tb");
    }

    @Test
    void shortLinesStayWhole() {
        StringBuilder out = new StringBuilder();
        IcsCalendar.line(out, "VERSION:2.0");
        assertThat(out).hasToString("VERSION:2.0\r\n");
    }

    @Test
    void csvCellsAreQuotedOnlyWhenNeeded() {
        assertThat(fr.allervers.system.FrenchExcelCsv.cell("Place de la Mairie")).isEqualTo("Place de la Mairie");
        assertThat(fr.allervers.system.FrenchExcelCsv.cell("A; B")).isEqualTo("\"A; B\"");
        assertThat(fr.allervers.system.FrenchExcelCsv.cell("dit \"le grand\"")).isEqualTo("\"dit \"\"le grand\"\"\"");
    }
}
