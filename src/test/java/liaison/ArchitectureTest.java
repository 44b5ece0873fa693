package liaison;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package structure (STYLE.md 1, 11, 12): features do not depend on each other in a circle, system/ (what
 * every feature shares) imports no feature, route classes leave the database to services, and no feature grows
 * into a quarter of the code. Checked on the compiled main classes; the tests are left out.
 */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("liaison");
    private static final Path SOURCES = Path.of("src", "main", "java", "liaison");

    /** A feature with its subpackages (accounts/, admin/accounts/ ...) as one: the features form no circle. */
    @Test
    void featuresAreFreeOfCycles() {
        slices().matching("liaison.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    /** Within a feature too, each package on its own (admin.accounts and admin.agencies). */
    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("liaison.(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void systemDependsOnNoFeature() {
        classes().that().resideInAPackage("liaison.system..")
                .should().onlyDependOnClassesThat(resideInAPackage("liaison.system..").or(not(resideInAPackage("liaison.."))))
                .check(MAIN);
    }

    /** Routes read the form, call a service and render: the database is the services' business. */
    @Test
    void routeClassesDoNotTouchTheDatabase() {
        noClasses().that().haveSimpleNameEndingWith("Routes")
                .should().dependOnClassesThat().resideInAPackage("org.jdbi..")
                .check(MAIN);
    }

    /** Lines of main code per feature (its subpackages included), against the whole. */
    @Test
    void noFeatureHoldsMoreThanAQuarterOfTheCode() {
        Map<String, Long> lines = new TreeMap<>();
        long total;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            total = files.filter(f -> f.toString().endsWith(".java")).mapToLong(f -> {
                long n = lineCount(f);
                Path relative = SOURCES.relativize(f);
                if (relative.getNameCount() > 1) {
                    lines.merge(relative.getName(0).toString(), n, Long::sum);
                }
                return n;
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(lines.size() > 10, "the features were found: " + lines);
        long quarter = total / 4;
        lines.forEach((feature, n) -> assertTrue(n <= quarter,
                feature + " holds " + n + " of " + total + " lines of main code, more than a quarter: " + lines));
    }

    private static long lineCount(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
