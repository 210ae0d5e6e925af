package org.sectorscope.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The package table in docs/architecture.md says what the compiled code does, no more and no less. */
class ArchitectureDocTest {
    private static final Pattern ROW = Pattern.compile("^\\| (\\(root\\) `Launcher`|[a-z]+) \\| ([^|]+) \\|$");
    private static final String ROOT = "(root)";

    @Test
    void thePackageTableMatchesTheCompiledDependencies() throws Exception {
        assertEquals(documented(), measured());
    }

    private static Map<String, Set<String>> documented() throws Exception {
        Map<String, Set<String>> table = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of("docs/architecture.md"))) {
            Matcher row = ROW.matcher(line);
            if (row.matches() && !row.group(1).equals("package")) {
                String from = row.group(1).startsWith("(root)") ? ROOT : row.group(1);
                Set<String> uses = new TreeSet<>();
                for (String used : row.group(2).replaceAll("\\([^)]*\\)", "").split(",")) {
                    String name = used.trim();
                    if (!name.isEmpty() && !name.equals("the JDK only")) {
                        uses.add(name);
                    }
                }
                table.put(from, uses);
            }
        }
        return table;
    }

    private static Map<String, Set<String>> measured() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(LayeringTest.PRODUCT);
        Map<String, Set<String>> uses = new TreeMap<>();
        for (JavaClass c : classes) {
            String from = topPackage(c.getPackageName());
            uses.computeIfAbsent(from, k -> new TreeSet<>());
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String target = d.getTargetClass().getPackageName();
                if (target.startsWith(LayeringTest.PRODUCT)) {
                    String to = topPackage(target);
                    if (!to.equals(from)) {
                        uses.get(from).add(to);
                    }
                }
            }
        }
        return uses;
    }

    private static String topPackage(String packageName) {
        if (packageName.equals(LayeringTest.PRODUCT)) {
            return ROOT;
        }
        String rest = packageName.substring(LayeringTest.PRODUCT.length() + 1);
        return Arrays.stream(rest.split("\\.")).findFirst().orElseThrow();
    }
}
