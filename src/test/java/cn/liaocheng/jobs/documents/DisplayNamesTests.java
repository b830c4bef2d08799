package cn.liaocheng.jobs.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayNamesTests {

    @Test
    void a_plain_name_is_kept_as_it_was() {
        assertThat(DisplayNames.clean("残疾人证 正面.jpg", DocumentType.JPEG)).isEqualTo("残疾人证 正面.jpg");
    }

    @Test
    void path_parts_from_any_system_are_dropped() {
        assertThat(DisplayNames.clean("C:\\Users\\王芳\\证件.jpg", DocumentType.JPEG)).isEqualTo("证件.jpg");
        assertThat(DisplayNames.clean("../../etc/passwd", DocumentType.PDF)).isEqualTo("passwd");
        assertThat(DisplayNames.clean("/storage/emulated/0/DCIM/IMG_0001.png", DocumentType.PNG))
                .isEqualTo("IMG_0001.png");
    }

    @Test
    void control_and_direction_characters_are_removed() {
        // U+202E turns "计划gpj.exe" into something that looks like "计划exe.jpg".
        assertThat(DisplayNames.clean("计划\u202Egpj.exe", DocumentType.PDF)).isEqualTo("计划gpj.exe");
        assertThat(DisplayNames.clean("a\u0000b\nc\td.pdf", DocumentType.PDF)).isEqualTo("abcd.pdf");
    }

    @Test
    void an_empty_or_dots_only_name_becomes_a_neutral_one_with_the_real_extension() {
        assertThat(DisplayNames.clean("", DocumentType.PDF)).isEqualTo("file.pdf");
        assertThat(DisplayNames.clean("..", DocumentType.PNG)).isEqualTo("file.png");
        assertThat(DisplayNames.clean("folder/", DocumentType.JPEG)).isEqualTo("file.jpg");
    }

    @Test
    void a_long_name_is_shortened_to_100_characters_keeping_its_extension() {
        var name = "经营计划".repeat(40) + ".pdf";

        var cleaned = DisplayNames.clean(name, DocumentType.PDF);

        assertThat(cleaned.codePointCount(0, cleaned.length())).isEqualTo(100);
        assertThat(cleaned).startsWith("经营计划经营计划").endsWith("….pdf");
    }
}
