package fr.allervers.imports;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.MultiPolygon;
import org.springframework.stereotype.Component;

import fr.allervers.territory.Commune;
import fr.allervers.territory.CommuneRepository;
import fr.allervers.territory.Consortium;

/** Commune outlines: geo.api.gouv.fr ({@code code}, {@code nom}, {@code population}) or IGN-style files. */
@Component
class CommuneImporter implements Importer<CommuneImporter.Row> {

    private static final String[] CODE = {"code", "insee", "insee_com", "code_insee"};

    record Row(String insee, String name, Integer population, MultiPolygon geometry, String properties,
            Optional<ImportReport.Repair> repair) {
    }

    private final CommuneRepository communes;

    CommuneImporter(CommuneRepository communes) {
        this.communes = communes;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.COMMUNES;
    }

    @Override
    public String describe(SourceRecord record) {
        String code = record.text(CODE);
        return code == null ? null : "code " + code;
    }

    @Override
    public String key(Row row) {
        return row.insee();
    }

    @Override
    public Row parse(SourceRecord record, ImportOptions options) {
        String insee = record.required("code INSEE", CODE);
        if (!insee.matches("\\d[\\dAB]\\d{3}")) {
            throw record.reject("code " + insee, "code INSEE invalide : « " + insee + " » (5 caractères attendus)");
        }
        String name = record.required("nom", 200, "nom", "name", "libelle", "nom_com");
        Integer population = record.integer("population", "population", "pop", "ptot");
        PolygonRepair.Result outline = PolygonRepair.validOrRepaired(record.geometry(), record.number(), "code " + insee,
                options.maxRepairAreaChangePercent());
        return new Row(insee, name, population, outline.geometry(), Refs.properties(record, "code " + insee),
                outline.repair());
    }

    @Override
    public boolean inDepartment(Row row, String department) {
        return row.insee().startsWith(department);
    }

    @Override
    public ImportReport save(List<Row> rows, Consortium consortium) {
        Map<String, Commune> existing = communes.findAllById(rows.stream().map(Row::insee).toList()).stream()
                .collect(Collectors.toMap(Commune::getInsee, Function.identity()));
        Tally tally = new Tally();
        for (Row row : rows) {
            Commune commune = existing.get(row.insee());
            boolean isNew = commune == null;
            if (isNew) {
                commune = new Commune(row.insee());
            }
            boolean changed = commune.update(row.name(), row.population(), row.geometry(), row.properties());
            if (isNew) {
                communes.save(commune);
            }
            tally.record(isNew, changed);
            row.repair().ifPresent(tally::repaired);
        }
        return tally.report();
    }
}
