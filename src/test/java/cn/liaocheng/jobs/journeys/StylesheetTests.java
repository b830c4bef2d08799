package cn.liaocheng.jobs.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * portal.css is merged by union (.gitattributes), and a union merge once dropped the closing brace of an
 * {@code @media print} block: every rule after it, the documents styles and care mode's error colour among them,
 * then applied only when printing, and nothing failed until a journey measured the colour. A browser forgives an
 * unclosed block silently, so this checks the braces.
 */
class StylesheetTests {

    @Test
    void every_block_of_portal_css_is_closed_and_none_is_closed_twice() throws IOException {
        var css = Files.readString(Path.of("src/main/resources/META-INF/resources/styles/portal.css"))
                .replaceAll("(?s)/\\*.*?\\*/", "")
                .replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")
                .replaceAll("'(?:[^'\\\\]|\\\\.)*'", "''");
        int depth = 0;
        int line = 1;
        for (char c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                assertThat(depth).as("a } without its { near line %d (comments removed)", line).isNotNegative();
            }
        }
        assertThat(depth).as("blocks of portal.css left open at the end").isZero();
    }
}
