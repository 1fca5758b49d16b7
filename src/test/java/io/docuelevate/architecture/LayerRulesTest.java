package io.docuelevate.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of the layers, checked on the compiled classes (so a fully qualified name in a
 * method body counts like an import): domain depends on the JDK and Jakarta Persistence only; application
 * on domain, its own ports and the Jakarta/MicroProfile APIs a use case needs, never on JDBC or an HTTP
 * client; infrastructure never on interfaces; interfaces never on infrastructure. The rules are written
 * once for a root package and proven to fail on a deliberately violating fixture.
 */
class LayerRulesTest {

    private static final String ROOT = "io.docuelevate";
    private static final String FIXTURE = "io.docuelevate.architecture.fixture";

    /** The layer rules for the code below {@code root}, by name. */
    static Map<String, ArchRule> layerRules(String root) {
        String domain = root + ".domain..";
        String application = root + ".application..";
        String infrastructure = root + ".infrastructure..";
        String interfaces = root + ".interfaces..";
        Map<String, ArchRule> rules = new LinkedHashMap<>();
        rules.put(
                "domain",
                classes()
                        .that()
                        .resideInAPackage(domain)
                        .should()
                        .onlyDependOnClassesThat()
                        .resideInAnyPackage("java..", "jakarta.persistence..", domain)
                        .because("the domain is plain Java plus its JPA mapping"));
        rules.put(
                "application",
                classes()
                        .that()
                        .resideInAPackage(application)
                        .should()
                        .onlyDependOnClassesThat()
                        .resideInAnyPackage(
                                "java..",
                                "jakarta.annotation..",
                                "jakarta.enterprise..",
                                "jakarta.inject..",
                                "jakarta.transaction..",
                                "jakarta.json..",
                                "jakarta.validation..",
                                "jakarta.batch..",
                                "org.eclipse.microprofile..",
                                domain,
                                application)
                        .because("use cases reach adapters only through ports declared in domain or application"));
        rules.put(
                "application-io",
                noClasses()
                        .that()
                        .resideInAPackage(application)
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage("java.sql..", "java.net.http..")
                        .because("JDBC and HTTP clients are adapters and belong in infrastructure"));
        rules.put(
                "infrastructure",
                noClasses()
                        .that()
                        .resideInAPackage(infrastructure)
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage(interfaces)
                        .because("adapters implement ports; they are not driven by the inbound side"));
        rules.put(
                "interfaces",
                noClasses()
                        .that()
                        .resideInAPackage(interfaces)
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage(infrastructure)
                        .because("REST resources, pages and start-up hooks call application services"));
        return rules;
    }

    @Test
    void productionCodeKeepsTheLayerRules() {
        JavaClasses production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
        StringBuilder report = new StringBuilder();
        layerRules(ROOT).forEach((name, rule) -> {
            EvaluationResult result = rule.evaluate(production);
            if (result.hasViolation()) {
                report.append(result.getFailureReport()).append('\n');
            }
        });
        assertTrue(report.isEmpty(), report::toString);
    }

    @Test
    void theRulesFailOnADeliberateViolation() {
        JavaClasses fixture = new ClassFileImporter().importPackages(FIXTURE);
        Map<String, Boolean> violated = new LinkedHashMap<>();
        layerRules(FIXTURE)
                .forEach((name, rule) ->
                        violated.put(name, rule.evaluate(fixture).hasViolation()));

        assertEquals(
                Map.of(
                        "domain",
                        false,
                        "application",
                        true,
                        "application-io",
                        true,
                        "infrastructure",
                        false,
                        "interfaces",
                        true),
                violated,
                "which rules the fixture breaks");
        String application = layerRules(FIXTURE)
                .get("application")
                .evaluate(fixture)
                .getFailureReport()
                .toString();
        for (String hidden : List.of("FixtureUseCase", "FixtureStore", "FixtureUseCase.viaQualifiedName")) {
            assertTrue(application.contains(hidden), () -> "the report names " + hidden + ":\n" + application);
        }
        assertFalse(
                layerRules(FIXTURE).get("domain").evaluate(fixture).hasViolation(), "the clean fixture domain passes");
    }
}
