package fr.allervers.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.MultiPolygon;
import org.springframework.stereotype.Component;

import fr.allervers.territory.Consortium;
import fr.allervers.territory.Qpv;
import fr.allervers.territory.QpvRepository;

/**
 * QPV 2024 contours as ANCT publishes them on data.gouv.fr: {@code code_qp}, {@code lib_qp}, {@code insee_com}
 * (several host communes comma-separated), {@code insee_dep}, ...
 */
@Component
class QpvImporter implements Importer<QpvImporter.Row> {

    private static final String[] CODE = {"code_qp", "code_quartier", "code"};

    record Row(String code, String name, Integer population, Set<String> communes, String department,
            MultiPolygon geometry, String properties, Optional<ImportReport.Repair> repair) {
    }

    private final QpvRepository qpvs;

    QpvImporter(QpvRepository qpvs) {
        this.qpvs = qpvs;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.QPV;
    }

    @Override
    public String describe(SourceRecord record) {
        String code = record.text(CODE);
        return code == null ? null : "code_qp " + code;
    }

    @Override
    public String key(Row row) {
        return row.code();
    }

    @Override
    public Row parse(SourceRecord record, ImportOptions options) {
        String code = record.required("code du quartier", CODE);
        String key = "code_qp " + code;
        if (!code.matches("Q[A-Z0-9]{5,12}")) {
            throw record.reject(key, "code_qp invalide : « " + code + " » (format QN06913M attendu)");
        }
        String name = record.required("nom du quartier", 300, "lib_qp", "nom_qp", "nom");
        String hosts = record.required("commune(s) d'accueil", "insee_com", "code_insee", "insee");
        Set<String> communes = Arrays.stream(hosts.split("[,;\\s]+")).filter(s -> !s.isBlank())
                .collect(Collectors.toCollection(TreeSet::new));
        if (communes.stream().anyMatch(insee -> !insee.matches("\\d[\\dAB]\\d{3}"))) {
            throw record.reject(key, "insee_com invalide : « " + hosts + " »");
        }
        Integer population = record.integer("population", "population", "pop", "pop_muni");
        PolygonRepair.Result outline = PolygonRepair.validOrRepaired(record.geometry(), record.number(), key,
                options.maxRepairAreaChangePercent());
        return new Row(code, name, population, communes, record.text("insee_dep"), outline.geometry(),
                Refs.properties(record, key), outline.repair());
    }

    @Override
    public boolean inDepartment(Row row, String department) {
        return department.equals(row.department()) || row.communes().stream().anyMatch(c -> c.startsWith(department));
    }

    @Override
    public ImportReport save(List<Row> rows, Consortium consortium) {
        Map<String, Qpv> existing = qpvs.findAllById(rows.stream().map(Row::code).toList()).stream()
                .collect(Collectors.toMap(Qpv::getCode, Function.identity()));
        Tally tally = new Tally();
        for (Row row : rows) {
            Qpv qpv = existing.get(row.code());
            boolean isNew = qpv == null;
            if (isNew) {
                qpv = new Qpv(row.code());
            }
            boolean changed = qpv.update(row.name(), row.population(), row.communes(), row.geometry(), row.properties());
            if (isNew) {
                qpvs.save(qpv);
            }
            tally.record(isNew, changed);
            row.repair().ifPresent(tally::repaired);
        }
        return tally.report();
    }
}
