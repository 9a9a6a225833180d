package fr.allervers;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The top-level packages depend on each other one way: features → security → territory → geo and system. A cycle
 * between two features, or the kernel reaching up into a feature, fails here with the offending dependencies.
 */
class ArchitectureTest {

    private static final String[] FEATURES = {"fr.allervers.absence..", "fr.allervers.administration..", "fr.allervers.coverage..", "fr.allervers.demand..", "fr.allervers.demo..", "fr.allervers.editor..",
            "fr.allervers.encounter..", "fr.allervers.heatmap..", "fr.allervers.imports..", "fr.allervers.layer..", "fr.allervers.maraude..", "fr.allervers.permanence..",
            "fr.allervers.publicschedule..", "fr.allervers.routing..", "fr.allervers.solving..", "fr.allervers.web.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.allervers");
    }

    @Test
    void topLevelPackagesHaveNoCycles() {
        slices().matching("fr.allervers.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void geometryAndSystemDependOnNothingOfOurs() {
        noClasses().that().resideInAnyPackage("fr.allervers.geo..", "fr.allervers.system..")
                .should().dependOnClassesThat().resideInAnyPackage(concat("fr.allervers.territory..",
                        "fr.allervers.security.."))
                .check(classes);
    }

    @Test
    void territoryKnowsNeitherSecurityNorFeatures() {
        noClasses().that().resideInAPackage("fr.allervers.territory..")
                .should().dependOnClassesThat().resideInAnyPackage(concat("fr.allervers.security..")).check(classes);
    }

    @Test
    void securityKnowsNoFeature() {
        noClasses().that().resideInAPackage("fr.allervers.security..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES).check(classes);
    }

    /** The planners use the background solving, never the reverse: it knows no feature, only the kernel. */
    @Test
    void solvingKnowsNoPlanner() {
        String[] others = java.util.Arrays.stream(FEATURES).filter(p -> !p.equals("fr.allervers.solving.."))
                .toArray(String[]::new);
        noClasses().that().resideInAPackage("fr.allervers.solving..")
                .should().dependOnClassesThat().resideInAnyPackage(others).check(classes);
    }

    private static String[] concat(String... more) {
        String[] all = new String[FEATURES.length + more.length];
        System.arraycopy(FEATURES, 0, all, 0, FEATURES.length);
        System.arraycopy(more, 0, all, FEATURES.length, more.length);
        return all;
    }
}
