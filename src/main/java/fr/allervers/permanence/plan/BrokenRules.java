package fr.allervers.permanence.plan;

import java.util.List;

import fr.allervers.permanence.plan.PlanViews.BrokenRuleView;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The broken rules of a plan as stored: JSON in one column, written whenever the plan is scored. Stored rather than
 * recomputed on each read, because a plan is read far more often than it changes and while it is being solved.
 */
final class BrokenRules {

    /** Beyond this, a plan is far from publishable and the summary lines say the rest. */
    static final int MAX_ENTRIES = 300;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<BrokenRuleView>> LIST = new TypeReference<>() {
    };

    private BrokenRules() {
    }

    static String write(List<BrokenRuleView> rules) {
        return JSON.writeValueAsString(rules.size() > MAX_ENTRIES ? rules.subList(0, MAX_ENTRIES) : rules);
    }

    static List<BrokenRuleView> read(String json) {
        try {
            return List.copyOf(JSON.readValue(json, LIST));
        } catch (JacksonException e) {
            throw new IllegalStateException("broken rules of a plan unreadable: " + e.getMessage(), e);
        }
    }

    /** Plans scored before entries existed: one entry per summary line, naming no permanence. */
    static List<BrokenRuleView> fromSummary(List<String> lines) {
        return lines.stream().map(line -> new BrokenRuleView(null, line, null, line, null,
                List.of(), null, null, List.of())).toList();
    }
}
