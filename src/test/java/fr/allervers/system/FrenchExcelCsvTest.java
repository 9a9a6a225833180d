package fr.allervers.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Cells are data, never formulas; numbers stay numbers. */
class FrenchExcelCsvTest {

    static Stream<Arguments> cellsThatASpreadsheetWouldRunAreWrittenAsText() {
        return Stream.of(
                arguments("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
                arguments("@SUM(1+1)", "'@SUM(1+1)"),
                arguments("+1+2", "'+1+2"),
                arguments("-2+3", "'-2+3"),
                arguments("\t=1+1", "'\t=1+1"),
                arguments("\r=1+1", "\"'\r=1+1\""),
                arguments("-", "'-"));
    }

    @ParameterizedTest
    @MethodSource
    void cellsThatASpreadsheetWouldRunAreWrittenAsText(String value, String written) {
        assertThat(FrenchExcelCsv.cell(value)).isEqualTo(written);
    }

    static Stream<Arguments> numbersAndOrdinaryTextStayAsTheyAre() {
        return Stream.of(
                arguments("-2", "-2"),
                arguments("-2.5", "-2.5"),
                arguments("-2,5", "-2,5"),
                arguments("+3", "+3"),
                arguments("12", "12"),
                arguments("Place de la Mairie", "Place de la Mairie"),
                arguments("a=b", "a=b"),
                arguments(null, ""));
    }

    @ParameterizedTest
    @MethodSource
    void numbersAndOrdinaryTextStayAsTheyAre(String value, String written) {
        assertThat(FrenchExcelCsv.cell(value)).isEqualTo(written);
    }

    @Test
    void everyRowGoesThroughTheSameRule() {
        String csv = new String(FrenchExcelCsv.write(List.of(List.of("Lieu", "n"), List.of("=1+1", "-4"))),
                StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("\uFEFFLieu;n\r\n'=1+1;-4\r\n");
    }
}
