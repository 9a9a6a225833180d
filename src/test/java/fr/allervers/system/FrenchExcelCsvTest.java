package fr.allervers.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Cells are data, never formulas; numbers stay numbers. */
class FrenchExcelCsvTest {

    @Test
    void cellsThatASpreadsheetWouldRunAreWrittenAsText() {
        assertThat(FrenchExcelCsv.cell("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        assertThat(FrenchExcelCsv.cell("@SUM(1+1)")).isEqualTo("'@SUM(1+1)");
        assertThat(FrenchExcelCsv.cell("+1+2")).isEqualTo("'+1+2");
        assertThat(FrenchExcelCsv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(FrenchExcelCsv.cell("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(FrenchExcelCsv.cell("\r=1+1")).isEqualTo("\"'\r=1+1\"");
        assertThat(FrenchExcelCsv.cell("-")).isEqualTo("'-");
    }

    @Test
    void numbersAndOrdinaryTextStayAsTheyAre() {
        assertThat(FrenchExcelCsv.cell("-2")).isEqualTo("-2");
        assertThat(FrenchExcelCsv.cell("-2.5")).isEqualTo("-2.5");
        assertThat(FrenchExcelCsv.cell("-2,5")).isEqualTo("-2,5");
        assertThat(FrenchExcelCsv.cell("+3")).isEqualTo("+3");
        assertThat(FrenchExcelCsv.cell("12")).isEqualTo("12");
        assertThat(FrenchExcelCsv.cell("Place de la Mairie")).isEqualTo("Place de la Mairie");
        assertThat(FrenchExcelCsv.cell("a=b")).isEqualTo("a=b");
        assertThat(FrenchExcelCsv.cell(null)).isEmpty();
    }

    @Test
    void everyRowGoesThroughTheSameRule() {
        String csv = new String(FrenchExcelCsv.write(List.of(List.of("Lieu", "n"), List.of("=1+1", "-4"))),
                StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("\uFEFFLieu;n\r\n'=1+1;-4\r\n");
    }
}
