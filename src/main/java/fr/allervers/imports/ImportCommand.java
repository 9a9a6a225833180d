package fr.allervers.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import fr.allervers.geo.CrsTransformer;
import fr.allervers.territory.Consortium;
import fr.allervers.territory.ConsortiumRepository;
import fr.allervers.security.CurrentConsortium;

/**
 * The command line import, for scripts and first installs:
 * {@code java -jar aller-vers.jar import <kind> <file> [--crs=EPSG:2154] [--department=69] [--consortium=Nom]}.
 * It starts without the web server, imports in one transaction, prints the report and exits (2 when refused).
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "allervers.cli.command", havingValue = "import")
class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

    private final ImportService imports;
    private final CurrentConsortium currentConsortium;
    private final ConsortiumRepository consortia;
    private int exitCode;

    ImportCommand(ImportService imports, CurrentConsortium currentConsortium, ConsortiumRepository consortia) {
        this.imports = imports;
        this.currentConsortium = currentConsortium;
        this.consortia = consortia;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        List<String> words = args.getNonOptionArgs();
        if (words.size() != 3) {
            throw new IllegalArgumentException(
                    "usage : import <communes|qpv|places|hotels|staff|vans> <fichier> [--crs=EPSG:2154] [--department=69]");
        }
        ImportKind kind = ImportKind.fromPath(words.get(1));
        byte[] content = Files.readAllBytes(Path.of(words.get(2)));
        Integer crs = args.containsOption("crs") ? CrsTransformer.parseEpsg(args.getOptionValues("crs").get(0)) : null;
        String department = args.containsOption("department") ? args.getOptionValues("department").get(0) : null;
        Consortium consortium = args.containsOption("consortium")
                ? consortia.findByName(args.getOptionValues("consortium").get(0))
                        .orElseThrow(() -> new IllegalArgumentException("consortium inconnu"))
                : currentConsortium.get();
        try {
            ImportReport report = imports.importFile(kind, content, crs, department, consortium);
            System.out.printf("%s : %d créé(s), %d mis à jour, %d inchangé(s), %d réparé(s)%n", words.get(2),
                    report.created(), report.updated(), report.unchanged(), report.repaired().size());
            report.repaired().forEach(r -> System.out.printf("  réparé : entité n° %d (%s) : %s%n", r.feature(), r.key(),
                    r.reason()));
            report.skipped().forEach(s -> System.out.printf("  %s : %s%n", s.key(), s.reason()));
        } catch (ImportRejectedException e) {
            System.err.println("Fichier refusé : " + e.getMessage());
            exitCode = 2;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
