package cn.liaocheng.jobs.personaldata;

import cn.liaocheng.jobs.documents.DocumentContent;
import cn.liaocheng.jobs.platform.Translations;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes the downloads of 我的数据 from a fresh {@link PersonalDataService#collect}: the package (a ZIP with the
 * readable copy, data.json and the files) and the readable copy alone, for phones that cannot open a ZIP. Nothing
 * is written to disk or to a log; the files stream from where they are kept.
 */
@Component
public class MyDataPackages {

    /** Download names say nothing about the person: they may show in a browser's download list. */
    public static final String PACKAGE_FILE_NAME = "liaocheng-my-data.zip";
    public static final String TEXT_FILE_NAME = "liaocheng-my-data.txt";
    static final String JSON_ENTRY = "data.json";
    static final String FILES_FOLDER = "files/";

    private final PersonalDataService personalData;
    private final Translations translations;
    private final JsonMapper json;
    private final Clock clock;

    MyDataPackages(PersonalDataService personalData, Translations translations, JsonMapper json, Clock clock) {
        this.personalData = personalData;
        this.translations = translations;
        this.json = json;
        this.clock = clock;
    }

    /** The readable copy alone, for {@link PersonalDataService#collect}'s result. */
    public String text(MyData data) {
        return MyDataText.of(data, Map.of(), translations, clock.getZone());
    }

    /**
     * Writes the package to {@code out} (not closed). Files are opened again through the services that guard them,
     * for whoever is signed in now; one that cannot be read any more is left out, and the copies then name no place
     * in the package for it.
     */
    public void writePackage(MyData data, OutputStream out) throws IOException {
        var language = data.language();
        var paths = new LinkedHashMap<UUID, String>();
        var contents = new LinkedHashMap<UUID, DocumentContent>();
        int n = 0;
        for (var document : data.documents()) {
            var content = personalData.open(document).filter(MyDataPackages::readable);
            if (content.isPresent()) {
                n++;
                paths.put(document.info().id(), FILES_FOLDER + String.format("%02d-", n)
                        + safeName(document.info().displayName()));
                contents.put(document.info().id(), content.get());
            }
        }
        var zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry(translations.render("mydata.file.name", language)));
        zip.write(MyDataText.of(data, paths, translations, clock.getZone()).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(JSON_ENTRY));
        zip.write(MyDataJson.of(data, paths, json, clock.getZone()));
        zip.closeEntry();
        for (var entry : contents.entrySet()) {
            zip.putNextEntry(new ZipEntry(paths.get(entry.getKey())));
            try (var in = entry.getValue().openStream()) {
                in.transferTo(zip);
            }
            zip.closeEntry();
        }
        zip.finish();
    }

    private static boolean readable(DocumentContent content) {
        try (var in = content.openStream()) {
            return true;
        } catch (IOException missing) {
            return false;
        }
    }

    /** The person's own file name, without characters that some systems refuse in a file name. */
    static String safeName(String displayName) {
        var cleaned = displayName.replaceAll("[\\\\/:*?\"<>|]", "_").strip();
        return cleaned.isEmpty() || cleaned.startsWith(".") ? "file" + cleaned : cleaned;
    }
}
