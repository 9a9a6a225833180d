package fr.allervers.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import fr.allervers.geo.CrsTransformer;
import fr.allervers.security.PlatformOperator;

/**
 * {@code POST /api/imports/{kind}} with a multipart part {@code file}, an optional {@code crs} and department. Communes
 * and QPV, shared by every consortium, are the platform operator's to import ({@link PlatformOperator}).
 */
@RestController
class ImportController {

    private final ImportService imports;
    private final PlatformOperator platformOperator;
    private final ImportGate gate;

    ImportController(ImportService imports, PlatformOperator platformOperator, ImportGate gate) {
        this.imports = imports;
        this.platformOperator = platformOperator;
        this.gate = gate;
    }

    @PostMapping("/api/imports/{kind}")
    ImportReport importFile(@PathVariable String kind, @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) String crs, @RequestParam(required = false) String department) {
        ImportKind importKind = ImportKind.fromPath(kind);
        if (!importKind.ownedByConsortium()) {
            platformOperator.require(importKind == ImportKind.QPV ? "Les QPV" : "Les communes");
        }
        Integer epsg = parseCrs(crs);
        return gate.run(() -> {
            try (InputStream content = file.getInputStream()) {
                return imports.importFile(importKind, content, file.getSize(), epsg, department);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Integer parseCrs(String crs) {
        if (crs == null || crs.isBlank()) {
            return null;
        }
        try {
            return CrsTransformer.parseEpsg(crs);
        } catch (IllegalArgumentException e) {
            throw ImportRejectedException.wholeFile(e.getMessage());
        }
    }
}
