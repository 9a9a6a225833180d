package fr.allervers.system;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A spreadsheet that French Excel opens as is: UTF-8 with a byte order mark (otherwise accents break), {@code ;} as
 * separator (the comma is the decimal separator there), CRLF line ends, cells quoted only when needed (RFC 4180).
 */
public final class FrenchExcelCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

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

    /** Quoted only when needed, quotes doubled. */
    public static String cell(String value) {
        String text = value == null ? "" : value;
        if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
