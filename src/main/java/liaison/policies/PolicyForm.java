package liaison.policies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import liaison.requests.LegalProcess;
import liaison.requests.RequestedItem;
import liaison.system.FormDates;
import liaison.system.XmlText;

/**
 * The publish form as typed, and its rules: a statement, citations one per line (at least one when anything is
 * withheld), an optional effective date, and a decision in every cell of the matrix. Keeps every value as it came,
 * so the form can be shown again with each problem next to its field. Cells are posted as
 * {@code rule-<ITEM>-<PROCESS>}; {@code basedOn} is the version number the form was opened at.
 */
public record PolicyForm(String statement, String citations, String effectiveOn, Map<String, String> cells,
                         int basedOn) {
    static final int MAX_STATEMENT = 4_000;
    static final int MAX_CITATION = 300;
    static final int MAX_CITATIONS = 20;

    /** Something wrong, at its field: a message key and its arguments. */
    public record Problem(String field, String key, List<Object> args) {
    }

    /** A policy ready to publish, or the problems that stop it. */
    public record Checked(NewPolicy policy, List<Problem> problems) {
    }

    public static String cell(RequestedItem item, LegalProcess process) {
        return "rule-" + item.name() + "-" + process.name();
    }

    /** The form to publish the next version: the current one's words and matrix to start from, or nothing. */
    static PolicyForm of(PolicyVersion current) {
        if (current == null) {
            return new PolicyForm("", "", "", Map.of(), 0);
        }
        Map<String, String> cells = new HashMap<>();
        current.rules().forEach((item, row) -> row.forEach((process, d) -> cells.put(cell(item, process), d.name())));
        return new PolicyForm(current.statement(), String.join("\n", current.citations()), "", cells,
                current.version());
    }

    /** Reads the posted fields; a missing field reads as empty, never as an error here. */
    static PolicyForm read(Map<String, List<String>> posted) {
        Map<String, String> cells = new HashMap<>();
        for (RequestedItem item : RequestedItem.values()) {
            for (LegalProcess process : LegalProcess.values()) {
                cells.put(cell(item, process), one(posted, cell(item, process)));
            }
        }
        int basedOn;
        try {
            basedOn = Integer.parseInt(one(posted, "basedOn").strip());
        } catch (NumberFormatException e) {
            basedOn = -1; // no version has it: handled as a stale form
        }
        return new PolicyForm(one(posted, "statement"), one(posted, "citations"), one(posted, "effectiveOn"),
                cells, basedOn);
    }

    /** Checks the form against the agency's date today and its current version (null: none yet). */
    Checked check(LocalDate today, PolicyVersion current) {
        List<Problem> p = new ArrayList<>();
        String text = statement.replace("\r\n", "\n").strip();
        if (text.isEmpty()) {
            p.add(problem("statement", "policy.error.statement"));
        }
        long length = text.codePoints().count();
        if (length > MAX_STATEMENT) {
            p.add(problem("statement", "policy.error.tooLong", MAX_STATEMENT, length));
        } else if (!XmlText.storable(text, true)) {
            p.add(problem("statement", "form.error.unstorable"));
        }
        List<String> cited = citations(p);
        Map<RequestedItem, Map<LegalProcess, Decision>> rules = rules(p);
        if (cited.isEmpty() && Matrix.withholdsAnything(rules)) {
            p.add(problem("citations", "policy.error.citations.missing"));
        }
        LocalDate effective = effective(today, current, p);
        if (!p.isEmpty()) {
            return new Checked(null, List.copyOf(p));
        }
        return new Checked(new NewPolicy(text, cited, effective, rules), List.of());
    }

    /** Whether the radio of this cell and decision is the one chosen (only a known decision ever is). */
    public boolean chosen(RequestedItem item, LegalProcess process, Decision decision) {
        return decision.name().equals(cells.get(cell(item, process)));
    }

    private List<String> citations(List<Problem> p) {
        if (!XmlText.storable(citations, true)) {
            p.add(problem("citations", "form.error.unstorable"));
            return List.of();
        }
        Set<String> cited = new LinkedHashSet<>();
        String[] lines = citations.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            long length = line.codePoints().count();
            if (length > MAX_CITATION) {
                p.add(problem("citations", "policy.error.citation.tooLong", MAX_CITATION, i + 1, length));
                return List.of();
            }
            if (!line.isEmpty()) {
                cited.add(line);
            }
        }
        if (cited.size() > MAX_CITATIONS) {
            p.add(problem("citations", "policy.error.citations.tooMany", MAX_CITATIONS, cited.size()));
            return List.of();
        }
        return List.copyOf(cited);
    }

    /** Every cell's decision; a missing or unknown one is a problem at its own cell. */
    private Map<RequestedItem, Map<LegalProcess, Decision>> rules(List<Problem> p) {
        Map<RequestedItem, Map<LegalProcess, Decision>> rules = new EnumMap<>(RequestedItem.class);
        for (RequestedItem item : RequestedItem.values()) {
            Map<LegalProcess, Decision> row = new EnumMap<>(LegalProcess.class);
            for (LegalProcess process : LegalProcess.values()) {
                String raw = cells.getOrDefault(cell(item, process), "");
                Decision d = Decision.parse(raw);
                if (d == null) {
                    p.add(new Problem(cell(item, process), raw.isEmpty() ? "policy.error.cell"
                            : "policy.error.cellUnknown", List.of(item.label(), process.label())));
                } else {
                    row.put(process, d);
                }
            }
            rules.put(item, row);
        }
        return rules;
    }

    /** Blank is today; a date may be past (a law in force before it was published here) but not future. */
    private LocalDate effective(LocalDate today, PolicyVersion current, List<Problem> p) {
        String raw = effectiveOn.strip();
        if (raw.isEmpty()) {
            return today;
        }
        LocalDate date = FormDates.parse(raw);
        if (date == null) {
            p.add(problem("effectiveOn", "policy.error.effectiveOn.date"));
        } else if (date.isAfter(today)) {
            p.add(problem("effectiveOn", "policy.error.effectiveOn.future", today.toString()));
        } else if (current != null && date.isBefore(current.effectiveOn())) {
            p.add(problem("effectiveOn", "policy.error.effectiveOn.beforeCurrent", current.effectiveOn().toString()));
        } else {
            return date;
        }
        return null;
    }


    /** Problems by field, the first of each: what each field shows next to it. */
    static Map<String, Problem> byField(List<Problem> problems) {
        Map<String, Problem> first = new LinkedHashMap<>();
        problems.forEach(problem -> first.putIfAbsent(problem.field(), problem));
        return first;
    }

    private static Problem problem(String field, String key, Object... args) {
        return new Problem(field, key, List.of(args));
    }

    private static String one(Map<String, List<String>> posted, String name) {
        List<String> values = posted.get(name);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }
}
