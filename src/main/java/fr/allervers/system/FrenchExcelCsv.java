package fr.allervers.system;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A spreadsheet that French Excel opens as is: UTF-8 with a byte order mark (otherwise accents break), {@code ;} as
 * separator (the comma is the decimal separator there), CRLF line ends, cells quoted only when needed (RFC 4180).
 * Every CSV the service writes goes through here, so that no cell is ever read as a formula (see {@link #cell}).
 */
public final class FrenchExcelCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** What spreadsheets read as the start of a formula (OWASP « CSV injection »). */
    private static final String FORMULA_STARTS = "=+-@\t\r";
    /** A plain number, e.g. -2 or -2,5: a spreadsheet reads it as a number, never as a formula. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?\\d+([.,]\\d+)?");

    private FrenchExcelCsv() {
    }

    public static byte[] write(List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            out.append(row.stream().map(FrenchExcelCsv::cell).collect(Collectors.joining(";"))).append("\r\n");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(BOM);
        bytes.writeBytes(out.toString().getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    /** Neutralised (see {@link #neutralised}), then quoted only when needed, quotes doubled. */
    public static String cell(String value) {
        String text = neutralised(value == null ? "" : value);
        if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    /**
     * Data, never a formula: a cell starting with {@code = + - @}, a tab or a carriage return gets a leading
     * apostrophe, which Excel and LibreOffice read as « this is text » (the OWASP recommendation). Names come from
     * users and imported files (places, communes, QPV), so {@code =HYPERLINK(…)} there must not become a link in a
     * funder's spreadsheet. A plain number ({@code -2}, {@code -2,5}) stays as it is: it cannot run anything, and a
     * spreadsheet must still be able to add it up. {@code -2+3} is not a plain number and is neutralised.
     */
    static String neutralised(String text) {
        if (text.isEmpty() || FORMULA_STARTS.indexOf(text.charAt(0)) < 0 || PLAIN_NUMBER.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }
}
