package fr.allervers.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every page of web/ shares (docs/front-end.md): the icons, the error collector loaded first, the empty
 * header that /js/ui/header.js fills, its own module under /js/pages/, and no inline script (a Content Security
 * Policy will forbid them). A page added later is checked too.
 */
class PageSkeletonTest {

    private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>(.*?)</script>", Pattern.DOTALL);

    static Stream<Path> pages() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("web"))) {
            List<Path> pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
            assertThat(pages).as("pages in web/").isNotEmpty();
            return pages.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void linksTheIcons(Path page) throws IOException {
        assertThat(read(page)).contains(FaviconTest.ICO_LINK, FaviconTest.SVG_LINK);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void leavesItsHeaderToTheSharedModule(Path page) throws IOException {
        String html = read(page);
        assertThat(html).contains("<header class=\"site\"></header>");
        assertThat(html.indexOf("<header")).as("the header comes first in <body>: the skip link goes before it")
                .isLessThan(html.indexOf("<main"));
        assertThat(html).doesNotContain("class=\"skip-link\"", "<nav");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void loadsTheErrorCollectorFirstThenItsOwnModuleAndNoInlineScript(Path page) throws IOException {
        Matcher scripts = SCRIPT.matcher(read(page));
        assertThat(scripts.find()).isTrue();
        assertThat(scripts.group(1)).isEqualTo(" src=\"/js/errors.js\"");
        String module = "/js/pages/" + page.getFileName().toString().replace(".html", ".js");
        boolean ownModule = false;
        do {
            assertThat(scripts.group(2)).as("inline script in " + page).isBlank();
            assertThat(scripts.group(1)).as("script without src in " + page).contains(" src=\"/");
            ownModule |= scripts.group(1).equals(" type=\"module\" src=\"" + module + "\"");
        } while (scripts.find());
        assertThat(ownModule).as(page + " loads " + module).isTrue();
        assertThat(Path.of("web" + module)).exists();
    }

    private static String read(Path page) throws IOException {
        return Files.readString(page, StandardCharsets.UTF_8);
    }
}
