package fr.allervers.imports;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import fr.allervers.geo.CrsTransformer;
import fr.allervers.system.CommandOptions;
import fr.allervers.territory.Consortium;
import fr.allervers.territory.ConsortiumRepository;

/**
 * The command line import, for scripts and first installs:
 * {@code java -jar aller-vers.jar import <kind> <file> [--crs=EPSG:2154] [--department=69] [--consortium=Nom]}.
 * It starts without the web server, imports in one transaction, prints the report and exits: 0 when imported,
 * 2 when refused (the reason in French on stderr, nothing written). Communes and QPV are shared by every
 * consortium; the other kinds go to {@code --consortium}, which may be left out when the database holds one.
 */
@Component
@ConditionalOnProperty(name = "allervers.cli.command", havingValue = "import")
public class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

    private static final String REFUSED = "Import refusé : ";
    private static final String USAGE = "usage : import <communes|qpv|places|hotels|staff|vans|encounters> <fichier>"
            + " [--crs=EPSG:2154] [--department=69] [--consortium=\"Nom\"]";

    private final ImportService imports;
    private final ConsortiumRepository consortia;
    private int exitCode;

    ImportCommand(ImportService imports, ConsortiumRepository consortia) {
        this.imports = imports;
        this.consortia = consortia;
    }

    /**
     * The refusal of the arguments alone, in French, if any. Also asked before the application starts (see
     * {@code AllerVersApplication}), so that a mistyped kind or path is answered at once.
     */
    public static Optional<String> refusal(ApplicationArguments args) {
        try {
            Request.of(args);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(REFUSED + e.getMessage());
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            Request request = Request.of(args);
            Consortium consortium = request.kind().ownedByConsortium() ? consortium(request.consortium()) : null;
            ImportReport report = imports.importFile(request.kind(), read(request.file()), request.crs(),
                    request.department(), consortium);
            System.out.printf("%s : %d créé(s), %d mis à jour, %d inchangé(s), %d réparé(s)%n", request.file(),
                    report.created(), report.updated(), report.unchanged(), report.repaired().size());
            report.repaired().forEach(r -> System.out.printf("  réparé : entité n° %d (%s) : %s%n", r.feature(), r.key(),
                    r.reason()));
            report.skipped().forEach(s -> System.out.printf("  %s : %s%n", s.key(), s.reason()));
        } catch (ImportRejectedException e) {
            refuse("Fichier refusé : " + e.getMessage());
        } catch (IllegalArgumentException e) {
            refuse(REFUSED + e.getMessage());
        }
    }

    /** What the arguments ask for. */
    private record Request(ImportKind kind, Path file, Integer crs, String department, String consortium) {

        static Request of(ApplicationArguments args) {
            List<String> words = args.getNonOptionArgs();
            if (words.size() != 3) {
                throw new IllegalArgumentException(USAGE);
            }
            ImportKind kind;
            try {
                kind = ImportKind.fromPath(words.get(1));
            } catch (ImportKind.UnknownImportKindException e) {
                throw new IllegalArgumentException(e.getMessage());
            }
            Path file = Path.of(words.get(2));
            if (!Files.exists(file)) {
                throw new IllegalArgumentException("fichier introuvable : " + file);
            }
            String crs = CommandOptions.single(args, "crs");
            return new Request(kind, file, crs == null ? null : CrsTransformer.parseEpsg(crs),
                    CommandOptions.single(args, "department"), CommandOptions.single(args, "consortium"));
        }
    }

    private void refuse(String message) {
        System.err.println(message);
        exitCode = 2;
    }

    /** The named consortium, or the only one of the database: never a new one, which a typo would make. */
    private Consortium consortium(String name) {
        List<Consortium> all = consortia.findAll(Sort.by("name"));
        if (name != null) {
            return all.stream().filter(c -> c.getName().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("consortium inconnu : « " + name + " »" + known(all)));
        }
        if (all.size() == 1) {
            return all.get(0);
        }
        if (all.isEmpty()) {
            throw new IllegalArgumentException("aucun consortium dans la base : créez-le avec le premier compte"
                    + " (create-user <identifiant> ADMIN --consortium=\"Nom\")");
        }
        throw new IllegalArgumentException("plusieurs consortiums : précisez --consortium=\"Nom\"" + known(all));
    }

    private static String known(List<Consortium> all) {
        return all.isEmpty() ? "" : " (consortiums : " + all.stream().map(c -> "« " + c.getName() + " »")
                .collect(Collectors.joining(", ")) + ")";
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("fichier introuvable : " + file);
        } catch (AccessDeniedException e) {
            throw new IllegalArgumentException("lecture du fichier interdite : " + file);
        } catch (IOException e) {
            throw new IllegalArgumentException("fichier illisible : " + file + " (" + e.getMessage() + ")");
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
