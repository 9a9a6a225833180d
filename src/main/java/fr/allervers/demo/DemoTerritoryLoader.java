package fr.allervers.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.allervers.imports.ImportKind;
import fr.allervers.imports.ImportService;
import fr.allervers.territory.CommuneRepository;
import fr.allervers.territory.Consortium;
import fr.allervers.territory.ConsortiumRepository;
import fr.allervers.territory.Territory;
import fr.allervers.territory.TerritoryRepository;
import fr.allervers.system.ServerOnly;

/**
 * On the first start of the embedded default, loads the demo territory from {@code geodata/demo} through the
 * same importers a user calls, so the demo also exercises the real import path: the real (simplified) outlines of
 * the five Portes du Sud communes and their QPV 2024, real squares, invented hotels, people and van.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "allervers.demo.enabled", havingValue = "true")
@ServerOnly
public class DemoTerritoryLoader implements ApplicationRunner {

    public static final String CONSORTIUM = "Consortium Portes du Sud (démo)";
    public static final String TERRITORY = "Portes du Sud (démo)";
    private static final String[] COMMUNES = {"69199", "69259", "69276", "69273", "69296"};
    private static final Logger LOG = LoggerFactory.getLogger(DemoTerritoryLoader.class);

    private final ConsortiumRepository consortia;
    private final TerritoryRepository territories;
    private final CommuneRepository communes;
    private final ImportService imports;

    DemoTerritoryLoader(ConsortiumRepository consortia, TerritoryRepository territories, CommuneRepository communes,
            ImportService imports) {
        this.consortia = consortia;
        this.territories = territories;
        this.communes = communes;
        this.imports = imports;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (consortia.findByName(CONSORTIUM).isPresent()) {
            return;
        }
        seed(CONSORTIUM);
        LOG.info("Demo territory « {} » loaded (real outlines, invented hotels and people, see geodata/demo/README.md)",
                TERRITORY);
    }

    /**
     * A consortium named {@code consortiumName} holding a copy of the demo territory, its places, hotels, people and
     * van. The demo is one such consortium; tests make one per test class so that they never share data.
     */
    @Transactional
    public Consortium seed(String consortiumName) {
        Consortium consortium = consortia.save(new Consortium(consortiumName));
        if (!communes.existsById(COMMUNES[0])) {
            load(ImportKind.COMMUNES, "communes.geojson", consortium);
            load(ImportKind.QPV, "qpv.geojson", consortium);
        }
        load(ImportKind.PLACES, "places.csv", consortium);
        load(ImportKind.HOTELS, "hotels.csv", consortium);
        load(ImportKind.STAFF, "staff.csv", consortium);
        load(ImportKind.VANS, "vans.csv", consortium);
        Territory territory = new Territory(TERRITORY, consortium, true);
        communes.findAllById(java.util.List.of(COMMUNES)).forEach(territory::addCommune);
        territories.save(territory);
        return consortium;
    }

    private void load(ImportKind kind, String file, Consortium consortium) {
        try (InputStream in = new ClassPathResource("geodata/demo/" + file).getInputStream()) {
            imports.importFile(kind, in.readAllBytes(), null, null, consortium);
        } catch (IOException e) {
            throw new UncheckedIOException("demo file missing: " + file, e);
        }
    }
}
