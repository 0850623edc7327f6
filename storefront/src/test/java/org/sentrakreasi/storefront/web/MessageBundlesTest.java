package org.sentrakreasi.storefront.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text a page asks for by name is in every language: a missing key is shown to the visitor
 * as {@code ???key???}, which no test of a page in one language would notice.
 */
class MessageBundlesTest {

    private static final String BUNDLE_PATH = "/org/sentrakreasi/storefront/web/";
    private static final String[] BUNDLES = {"messages.properties", "messages_id.properties", "messages_en.properties"};
    /** A key the page names literally; keys put together in EL ({@code 'status.'.concat(..)}) are not matched. */
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([^']+)'\\]");
    private static final Path WEBAPP = Path.of("src/main/webapp");

    @Test
    void everyLanguageHasTheSameKeys() {
        Set<String> indonesian = keys(BUNDLES[0]);
        for (String bundle : BUNDLES) {
            assertThat(keys(bundle)).as(bundle).isEqualTo(indonesian);
        }
    }

    @Test
    void everyKeyAPageNamesIsInEveryLanguage() throws IOException {
        Map<String, Path> named = pageKeys();
        assertThat(named).as("pages name keys (is the webapp folder at %s?)", WEBAPP.toAbsolutePath()).isNotEmpty();
        for (String bundle : BUNDLES) {
            Set<String> present = keys(bundle);
            Map<String, Path> missing = new TreeMap<>(named);
            missing.keySet().removeAll(present);
            assertThat(missing).as("keys named by pages but missing from " + bundle).isEmpty();
        }
    }

    private static Map<String, Path> pageKeys() throws IOException {
        Map<String, Path> keys = new TreeMap<>();
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            for (Path page : files.filter(path -> path.toString().endsWith(".xhtml")).toList()) {
                Matcher key = PAGE_KEY.matcher(Files.readString(page));
                while (key.find()) {
                    keys.putIfAbsent(key.group(1), page);
                }
            }
        }
        return keys;
    }

    private static Set<String> keys(String bundle) {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(BUNDLE_PATH + bundle)) {
            assertThat(in).as(bundle).isNotNull();
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
