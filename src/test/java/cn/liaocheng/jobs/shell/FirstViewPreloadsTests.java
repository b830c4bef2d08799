package cn.liaocheng.jobs.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FirstViewPreloadsTests {

    private static final String KEY = "bd42a07aa8e01b5d17d6f385a622bd2fcdc778b738bc5b1e555d87fff54a54d2";
    private static final String CHUNK = "chunk-e6dd93dcc886446d27de2f4e5a9362ecf532f56a871157bed8e3aad13f3b887e-CO91oQEB.js";

    // Shaped like Vite's minified output in the production jar (Vaadin 25.2).
    private static final Map<String, String> BUNDLE = Map.of(
            "index.html", "<script type=\"module\" crossorigin src=\"./VAADIN/build/indexhtml-D3LENsOW.js\"></script>",
            "VAADIN/build/indexhtml-D3LENsOW.js",
            "const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=[\"./generated-flow-imports-B14yOW0o.js\","
                    + "\"./lit-renderer-UWxiSp2X.js\"])))=>i.map(i=>d[i]);"
                    + "(await w(()=>import(`./FlowBootstrap-BLKY9K6J.js`),[],import.meta.url)).init(this.response);"
                    + "let a=await w(()=>import(`./FlowClient-Ck4MZ85_.js`),[],import.meta.url);",
            "VAADIN/build/generated-flow-imports-B14yOW0o.js",
            "const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=[\"./indexhtml-D3LENsOW.js\","
                    + "\"./selectConnector-W9yOoeVQ.js\",\"./vaadin-checkbox-BQwsjtmn.js\"])))=>i.map(i=>d[i]);"
                    + "e===`" + KEY + "`&&t.push(o(()=>import(`./" + CHUNK + "`),__vite__mapDeps([0,1,2]),import.meta.url)),"
                    + "e===`c8ec37c34983cdb7ea3d15fa9f7fa9b13670491f8449c695caebf04d39941efd`&&t.push(o(()=>import("
                    + "`./chunk-999577715fbc956fda0a961facb7f74904730e8615a5a336ec901e28d3dc1f37-HJRY7Eff.js`),[],import.meta.url))");

    private final FirstViewPreloads preloads = FirstViewPreloads.read(path -> Optional.ofNullable(BUNDLE.get(path)));

    @Test
    void every_page_names_the_modules_the_entry_script_imports_one_after_another() {
        assertThat(preloads.forPage("")).containsExactlyInAnyOrder("generated-flow-imports-B14yOW0o.js",
                "lit-renderer-UWxiSp2X.js", "FlowBootstrap-BLKY9K6J.js", "FlowClient-Ck4MZ85_.js");
    }

    @Test
    void a_page_whose_first_view_loads_a_chunk_names_the_chunk_and_its_imports_too() {
        var page = "{\"url\":\"return window.Vaadin.Flow.loadOnDemand('" + KEY + "');\"}";
        assertThat(preloads.forPage(page)).contains(CHUNK, "selectConnector-W9yOoeVQ.js", "vaadin-checkbox-BQwsjtmn.js")
                .doesNotContain("indexhtml-D3LENsOW.js")
                .doesNotContain("chunk-999577715fbc956fda0a961facb7f74904730e8615a5a336ec901e28d3dc1f37-HJRY7Eff.js");
    }

    @Test
    void without_a_production_bundle_nothing_is_named() {
        var development = FirstViewPreloads.read(path -> Optional.empty());
        assertThat(development.isEmpty()).isTrue();
        assertThat(development.forPage("loadOnDemand('" + KEY + "')")).isEmpty();
    }
}
