package fr.allervers.imports;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.allervers.system.AllerVersProperties;
import fr.allervers.territory.Consortium;
import fr.allervers.security.AuditTrail;
import fr.allervers.security.CurrentConsortium;

/**
 * Imports one file in one transaction: everything is read and checked first, then written; any refusal rolls
 * the whole file back, so a bad line never leaves half a territory behind. The file is bounded before it is
 * read (size), while it is read (rows, polygon points), and the number of imports at once is bounded by
 * {@link ImportGate}.
 */
@Service
public class ImportService {

    private final Map<ImportKind, Importer<?>> importers;
    private final CurrentConsortium currentConsortium;
    private final PointLocations locations;
    private final AllerVersProperties.Imports limits;
    private final AuditTrail audit;

    ImportService(List<Importer<?>> importers, CurrentConsortium currentConsortium, PointLocations locations,
            AllerVersProperties properties, AuditTrail audit) {
        this.audit = audit;
        this.importers = importers.stream().collect(Collectors.toMap(Importer::kind, Function.identity()));
        this.currentConsortium = currentConsortium;
        this.locations = locations;
        this.limits = properties.imports();
    }

    /** A file of the current consortium, read as a stream: {@code size} is checked before anything is read. */
    @Transactional(rollbackFor = Exception.class)
    public ImportReport importFile(ImportKind kind, InputStream content, long size, Integer crs, String department) {
        refuseOversized(size);
        Consortium consortium = currentConsortium.get();
        ImportReport report = run(kind, content, crs, department, consortium);
        audit.recordChange(AuditTrail.IMPORT, describe(kind, size, report), consortium.getId());
        return report;
    }

    @Transactional(rollbackFor = Exception.class)
    public ImportReport importFile(ImportKind kind, byte[] content, Integer crs, String department) {
        return importFile(kind, new ByteArrayInputStream(content), content.length, crs, department);
    }

    @Transactional(rollbackFor = Exception.class)
    public ImportReport importFile(ImportKind kind, byte[] content, Integer crs, String department,
            Consortium consortium) {
        refuseOversized(content.length);
        ImportReport report = run(kind, new ByteArrayInputStream(content), crs, department, consortium);
        // Communes and QPV from the command line belong to no consortium: the platform's own trail entry.
        audit.recordChange(AuditTrail.IMPORT, describe(kind, content.length, report),
                consortium == null ? null : consortium.getId());
        return report;
    }

    /** Counts only: an encounter file's lines are never copied into the audit trail. */
    private static String describe(ImportKind kind, long bytes, ImportReport report) {
        return "import " + kind.path() + " (" + bytes + " octets) : " + report.created() + " créé(s), "
                + report.updated() + " modifié(s), " + report.unchanged() + " inchangé(s), "
                + report.repaired().size() + " réparé(s), " + report.skipped().size() + " ignoré(s)";
    }

    private void refuseOversized(long size) {
        if (size > limits.maxBytes()) {
            throw new ImportTooLargeException(ImportLimits.tooLarge(size, limits.maxBytes()));
        }
    }

    private ImportReport run(ImportKind kind, InputStream content, Integer crs, String department,
            Consortium consortium) {
        ImportOptions options = new ImportOptions(crs, department, limits.maxRepairAreaChangePercent(),
                limits.maxVerticesPerFeature(), locations.index());
        return run(importers.get(kind), SourceFiles.read(content, crs, limits), options, consortium);
    }

    private <R> ImportReport run(Importer<R> importer, List<SourceRecord> records, ImportOptions options,
            Consortium consortium) {
        List<R> rows = new ArrayList<>(records.size());
        Map<String, Integer> firstSeen = new HashMap<>();
        for (SourceRecord record : records) {
            R row = parse(importer, record, options);
            if (options.department() != null && !importer.inDepartment(row, options.department())) {
                continue;
            }
            Integer previous = firstSeen.putIfAbsent(importer.key(row), record.number());
            if (previous != null) {
                throw record.reject(importer.describe(record), "clé en double dans le fichier (déjà à l'entité n° "
                        + previous + ")");
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw ImportRejectedException.wholeFile("aucune entité du département " + options.department()
                    + " dans le fichier");
        }
        return importer.save(rows, consortium);
    }

    private static <R> R parse(Importer<R> importer, SourceRecord record, ImportOptions options) {
        try {
            SourceFiles.requireInFrance(record);
            return importer.parse(record, options);
        } catch (ImportRejectedException e) {
            if (e.getKey() == null && e.getFeature() != null) {
                throw new ImportRejectedException(e.getFeature(), importer.describe(record), e.getReason());
            }
            throw e;
        }
    }
}
