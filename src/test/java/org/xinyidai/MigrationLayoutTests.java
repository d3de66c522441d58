package org.xinyidai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The migrations' layout (docs/migrations.md): one folder per module under common/ (portable) or postgresql/
 * (PostgreSQL only), file names that say their module, and versions unique across every folder, because Flyway
 * reads them all as one sequence.
 */
class MigrationLayoutTests {

    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /** Flyway's folders: the portable one and one per vendor in spring.flyway.locations. */
    static final Set<String> VENDOR_FOLDERS = Set.of("common", "postgresql");

    /** The first release shipped this file before the naming rule; renaming it would change its checksum row. */
    static final Set<String> GRANDFATHERED = Set.of("postgresql/audit/V4_1__audit_operation_append_only.sql");

    static final Pattern NAME = Pattern.compile("V(\\d+)__([a-z]+)(_[a-z0-9]+)*\\.sql");

    @Test
    void everyMigrationSitsInAModuleFolderAndIsNamedAfterItsModule() throws IOException {
        Set<String> modules = ApplicationModules.of(XinyidaiApplication.class).stream()
                .map(ApplicationModule::getIdentifier).map(Object::toString).collect(Collectors.toSet());
        List<String> misplaced = new ArrayList<>();
        for (String file : migrationFiles()) {
            if (GRANDFATHERED.contains(file)) {
                continue;
            }
            String[] parts = file.split("/");
            Matcher name = NAME.matcher(parts[parts.length - 1]);
            if (parts.length != 3 || !VENDOR_FOLDERS.contains(parts[0]) || !modules.contains(parts[1])) {
                misplaced.add(file + ": not under common/<module>/ or postgresql/<module>/ (modules: "
                        + modules.stream().sorted().toList() + ")");
            } else if (!name.matches()) {
                misplaced.add(file + ": not named V<number>__" + parts[1] + "_<words>.sql");
            } else if (!name.group(2).equals(parts[1])) {
                misplaced.add(file + ": named for module " + name.group(2) + " but in the folder of " + parts[1]);
            }
        }
        assertThat(misplaced).as("migrations out of layout").isEmpty();
    }

    @Test
    void noTwoMigrationsShareAVersionInAnyFolders() throws IOException {
        Map<String, List<String>> byVersion = new HashMap<>();
        for (String file : migrationFiles()) {
            String name = file.substring(file.lastIndexOf('/') + 1);
            if (!name.startsWith("V") || !name.contains("__")) {
                continue; // not a versioned migration: the layout test names it
            }
            String version = name.substring(1, name.indexOf("__")).replace('_', '.');
            byVersion.computeIfAbsent(version, v -> new ArrayList<>()).add(file);
        }
        assertThat(byVersion).isNotEmpty();
        assertThat(byVersion.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> "V" + e.getKey() + " " + e.getValue()).toList())
                .as("versions used twice").isEmpty();
    }

    /** Every file under db/migration, as a path relative to it with forward slashes. */
    static List<String> migrationFiles() throws IOException {
        assertThat(MIGRATIONS).as("run from the project's root").isDirectory();
        try (Stream<Path> files = Files.walk(MIGRATIONS)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> MIGRATIONS.relativize(f).toString().replace('\\', '/')).sorted().toList();
        }
    }
}
