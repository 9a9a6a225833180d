package fr.allervers.permanence.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads an iCalendar text the way RFC 5545 §3.1 says a parser must, checking the line rules on the way. */
final class IcsAssertions {

    private IcsAssertions() {
    }

    /** @return the unfolded content lines, after checking CRLF line ends and the 75-octet limit */
    static List<String> assertWellFormed(String ics) {
        assertThat(ics).endsWith("\r\n");
        assertThat(ics.replace("\r\n", "")).as("no bare CR or LF").doesNotContain("\n").doesNotContain("\r");
        List<String> unfolded = new ArrayList<>();
        for (String physical : ics.split("\r\n")) {
            assertThat(physical.getBytes(StandardCharsets.UTF_8).length).as(physical).isLessThanOrEqualTo(75);
            if (physical.startsWith(" ") || physical.startsWith("\t")) {
                int last = unfolded.size() - 1;
                unfolded.set(last, unfolded.get(last) + physical.substring(1));
            } else {
                unfolded.add(physical);
            }
        }
        return unfolded;
    }

    static List<List<String>> events(List<String> unfolded) {
        List<List<String>> events = new ArrayList<>();
        List<String> current = null;
        for (String line : unfolded) {
            if (line.equals("BEGIN:VEVENT")) {
                current = new ArrayList<>();
            } else if (line.equals("END:VEVENT")) {
                events.add(current);
                current = null;
            } else if (current != null) {
                current.add(line);
            }
        }
        return events;
    }
}
