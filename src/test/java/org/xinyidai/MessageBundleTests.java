package org.xinyidai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Chinese bundle (messages.properties and one per module under i18n/) has an English twin with
 * the same keys; no key is defined twice; every literal key a template uses exists.
 */
class MessageBundleTests {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");

    @Test
    void everyChineseBundleHasAnEnglishTwinWithTheSameKeys() throws IOException {
        for (Path chinese : chineseBundles()) {
            Path english = englishTwinOf(chinese);
            assertThat(english).as("English twin of " + chinese).exists();
            assertThat(new TreeSet<>(load(english).stringPropertyNames()))
                    .as("keys of " + english + " against " + chinese)
                    .isEqualTo(new TreeSet<>(load(chinese).stringPropertyNames()));
        }
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        Map<String, Path> seen = new HashMap<>();
        List<String> twice = new ArrayList<>();
        for (Path bundle : chineseBundles()) {
            for (String key : load(bundle).stringPropertyNames()) {
                Path first = seen.putIfAbsent(key, bundle);
                if (first != null) {
                    twice.add(key + " in " + first.getFileName() + " and " + bundle.getFileName());
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    /** Properties keep the last of two lines with one key, silently: a header once read "产品已保存" that way. */
    @Test
    void noKeyIsDefinedTwiceInOneFile() throws IOException {
        List<String> twice = new ArrayList<>();
        for (Path chinese : chineseBundles()) {
            for (Path bundle : List.of(chinese, englishTwinOf(chinese))) {
                Set<String> seen = new HashSet<>();
                boolean continued = false;
                for (String line : Files.readAllLines(bundle, StandardCharsets.UTF_8)) {
                    String trimmed = line.strip();
                    boolean startsEntry = !continued && !trimmed.isEmpty() && !trimmed.startsWith("#")
                            && !trimmed.startsWith("!");
                    continued = endsWithContinuation(line);
                    if (startsEntry) {
                        String key = trimmed.split("(?<!\\\\)[=:\\s]", 2)[0];
                        if (!seen.add(key)) {
                            twice.add(key + " in " + bundle.getFileName());
                        }
                    }
                }
            }
        }
        assertThat(twice).as("keys defined twice in one bundle file").isEmpty();
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Set<String> keys = new HashSet<>();
        for (Path bundle : chineseBundles()) {
            keys.addAll(load(bundle).stringPropertyNames());
        }
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(RESOURCES.resolve("templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(template));
                while (m.find()) {
                    if (!keys.contains(m.group(1))) {
                        missing.add(template.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void chineseIsTheDefaultBundle() throws IOException {
        assertThat(load(RESOURCES.resolve("messages.properties")).getProperty("nav.login")).isEqualTo("登录");
        assertThat(load(RESOURCES.resolve("messages_en.properties")).getProperty("nav.login")).isEqualTo("Sign in");
    }

    private static Path englishTwinOf(Path chinese) {
        return chinese.resolveSibling(chinese.getFileName().toString().replace(".properties", "_en.properties"));
    }

    /** A line ending in an odd number of backslashes goes on on the next line. */
    private static boolean endsWithContinuation(String line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static List<Path> chineseBundles() throws IOException {
        List<Path> bundles = new ArrayList<>(List.of(RESOURCES.resolve("messages.properties")));
        try (Stream<Path> files = Files.list(RESOURCES.resolve("i18n"))) {
            files.filter(p -> p.toString().endsWith(".properties") && !p.toString().endsWith("_en.properties"))
                    .sorted().forEach(bundles::add);
        }
        return bundles;
    }

    private static Properties load(Path bundle) throws IOException {
        Properties properties = new Properties();
        try (var in = new InputStreamReader(Files.newInputStream(bundle), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
