package cn.liaocheng.jobs.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class LeanLumoTests {

    private static final String LUMO = ":where(:root){--lumo-primary-color:#006af5}"
            + "@media lumo_components_button{:host{color:red}:host([theme~=primary]){color:blue}}"
            + "@media lumo_components_grid{:host{display:flex}[part~=cell]{min-height:2em}}"
            + "@media lumo_components_date-picker-overlay-content{:host{content:\"}\"}}"
            + "@media lumo_mixins_field-base{:host{gap:1px}}"
            + "@media lumo_components_dialog-overlay{:host{top:0}}"
            + ":host,:root{--_lumo-vaadin-grid-inject:1}:where(:root){--vaadin-lumo-theme:1}";

    @Test
    void the_styles_of_components_that_are_not_bundled_are_left_out() {
        var lean = LeanLumo.without(LUMO, Set.of("button", "dialog"));
        assertThat(lean).doesNotContain("lumo_components_grid", "min-height:2em", "date-picker");
        assertThat(lean).contains("@media lumo_components_button{:host{color:red}:host([theme~=primary]){color:blue}}",
                "@media lumo_components_dialog-overlay{:host{top:0}}", "@media lumo_mixins_field-base{:host{gap:1px}}",
                "--lumo-primary-color:#006af5", "--vaadin-lumo-theme:1");
    }

    @Test
    void a_component_that_is_bundled_keeps_its_styles_and_unknown_blocks_always_stay() {
        var lean = LeanLumo.without(LUMO, Set.of("grid", "date-picker"));
        assertThat(lean).contains("min-height:2em", "date-picker-overlay-content{:host{content:\"}\"}}",
                "lumo_components_button");
        assertThat(lean).doesNotContain("dialog-overlay");
    }

    @Test
    void the_bundled_packages_are_read_from_the_builds_statistics() {
        var stats = "{\"packageJsonDependencies\":{\"@vaadin/grid\":\"25.2.4\"},"
                + "\"npmModules\":{\"@vaadin/button\":\"25.2.4\",\"@vaadin/radio-group\":\"25.2.4\",\"lit\":\"3.3.3\"},"
                + "\"bundleImports\":[\"@vaadin/date-picker/src/vaadin-date-picker.js\"]}";
        assertThat(LeanLumo.bundledPackages(stats)).containsExactlyInAnyOrder("button", "radio-group");
    }
}
