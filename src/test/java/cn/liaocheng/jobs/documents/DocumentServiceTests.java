package cn.liaocheng.jobs.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.liaocheng.jobs.accounts.PortalUser;
import cn.liaocheng.jobs.accounts.TestAccounts;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest
class DocumentServiceTests {

    @Autowired DocumentService documents;
    @Autowired DocumentFiles files;
    @Autowired TestAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired Environment environment;

    private PortalUser owner;
    private PortalUser someoneElse;

    @BeforeEach
    void twoApplicants() {
        owner = accounts.applicant("王芳");
        someoneElse = accounts.applicant("李强");
        TestAccounts.signIn(owner);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private UploadOutcome upload(byte[] bytes, String name) {
        return documents.store(new ByteArrayInputStream(bytes), name);
    }

    private DocumentInfo stored(byte[] bytes, String name) {
        return ((UploadOutcome.Stored) upload(bytes, name)).document();
    }

    private int rowsOf(PortalUser user) {
        return jdbc.sql("select count(*) from documents_document where owner_account_id = ?")
                .param(user.accountId()).query(Integer.class).single();
    }

    private static byte[] read(DocumentContent content) throws IOException {
        try (var in = content.openStream()) {
            return in.readAllBytes();
        }
    }

    @Test
    void a_pdf_is_stored_for_its_uploader_under_a_name_the_server_made() throws IOException {
        var info = stored(TestFiles.pdf(), "C:\\我的文件\\经营计划.pdf");

        assertThat(info.type()).isEqualTo(DocumentType.PDF);
        assertThat(info.sizeBytes()).isEqualTo(TestFiles.pdf().length);
        assertThat(info.displayName()).isEqualTo("经营计划.pdf");
        assertThat(info.uploadedBy()).isEqualTo(owner.accountId());
        assertThat(files.fileOf(info.id())).hasBinaryContent(TestFiles.pdf());
        assertThat(files.fileOf(info.id()).getFileName().toString()).isEqualTo(info.id().toString());
        var row = jdbc.sql("select media_type, sha256, display_name from documents_document where id = ?")
                .param(info.id()).query().singleRow();
        assertThat(row).containsEntry("media_type", "application/pdf").containsEntry("display_name", "经营计划.pdf");
        assertThat((String) row.get("sha256")).hasSize(64);
    }

    @Test
    void no_file_in_the_directory_carries_a_name_a_person_gave_it() throws IOException {
        stored(TestFiles.png(), "证件照.png");
        stored(TestFiles.jpeg(), "..\\..\\evil.jpg");

        try (Stream<Path> all = Files.list(files.directory())) {
            assertThat(all.map(p -> p.getFileName().toString()))
                    .allMatch(name -> name.equals("incoming") || name.matches("[0-9a-f-]{36}"));
        }
    }

    @Test
    void a_pdf_named_jpg_is_stored_as_a_pdf() {
        var info = stored(TestFiles.pdf(), "照片.jpg");

        assertThat(info.type()).isEqualTo(DocumentType.PDF);
        assertThat(info.displayName()).isEqualTo("照片.jpg");
    }

    @Test
    void jpeg_and_png_photos_are_stored_with_their_types() {
        assertThat(stored(TestFiles.jpeg(), "正面.jpeg").type()).isEqualTo(DocumentType.JPEG);
        assertThat(stored(TestFiles.png(), "反面.png").type()).isEqualTo(DocumentType.PNG);
    }

    static Stream<Arguments> impostors() {
        return Stream.of(
                Arguments.of("program.pdf", TestFiles.exe()),
                Arguments.of("page.png", TestFiles.html()),
                Arguments.of("drawing.png", TestFiles.svg()),
                Arguments.of("drawing.svg", TestFiles.svg()),
                Arguments.of("archive.pdf", TestFiles.zip()),
                Arguments.of("page.html", TestFiles.html()));
    }

    @ParameterizedTest
    @MethodSource("impostors")
    void renamed_programs_pages_drawings_and_archives_are_refused_and_nothing_is_kept(String name, byte[] bytes) {
        assertThat(upload(bytes, name)).isEqualTo(new UploadOutcome.WrongType());
        assertThat(rowsOf(owner)).isZero();
    }

    @Test
    void more_than_10_mb_is_refused_and_nothing_is_kept() {
        assertThat(upload(TestFiles.pdfOfSize((int) DocumentService.MAX_BYTES + 1), "big.pdf"))
                .isEqualTo(new UploadOutcome.TooLarge());
        assertThat(rowsOf(owner)).isZero();
    }

    @Test
    void an_empty_file_is_refused() {
        assertThat(upload(new byte[0], "empty.pdf")).isEqualTo(new UploadOutcome.Empty());
        assertThat(rowsOf(owner)).isZero();
    }

    @Test
    void nobody_signed_in_cannot_store_anything() {
        TestAccounts.signOut();

        assertThatThrownBy(() -> upload(TestFiles.pdf(), "plan.pdf")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_uploader_can_see_and_read_their_document() throws IOException {
        var info = stored(TestFiles.png(), "证件照.png");

        assertThat(documents.info(info.id())).contains(info);
        assertThat(read(documents.open(info.id()).orElseThrow())).isEqualTo(TestFiles.png());
    }

    @Test
    void another_account_gets_nothing_for_every_method_that_takes_an_id() {
        var info = stored(TestFiles.png(), "证件照.png");
        TestAccounts.signIn(someoneElse);

        assertThat(documents.info(info.id())).isEmpty();
        assertThat(documents.open(info.id())).isEmpty();
        assertThat(documents.delete(info.id())).isFalse();

        TestAccounts.signIn(owner);
        assertThat(documents.info(info.id())).isPresent();
        assertThat(files.fileOf(info.id())).exists();
    }

    @Test
    void nobody_signed_in_gets_nothing_for_every_method_that_takes_an_id() {
        var info = stored(TestFiles.pdf(), "plan.pdf");
        TestAccounts.signOut();

        assertThat(documents.info(info.id())).isEmpty();
        assertThat(documents.open(info.id())).isEmpty();
        assertThat(documents.delete(info.id())).isFalse();
        assertThat(files.fileOf(info.id())).exists();
    }

    @Test
    void an_unknown_id_gets_nothing() {
        var unknown = UUID.randomUUID();

        assertThat(documents.info(unknown)).isEmpty();
        assertThat(documents.open(unknown)).isEmpty();
        assertThat(documents.delete(unknown)).isFalse();
        assertThat(documents.infoAccessCheckedByCaller(unknown)).isEmpty();
        assertThat(documents.openAccessCheckedByCaller(unknown)).isEmpty();
    }

    @Test
    void the_uploader_deletes_a_document_its_file_goes_and_the_row_remembers_when() {
        var info = stored(TestFiles.jpeg(), "正面.jpg");

        assertThat(documents.delete(info.id())).isTrue();

        assertThat(files.fileOf(info.id())).doesNotExist();
        assertThat(documents.info(info.id())).isEmpty();
        assertThat(documents.open(info.id())).isEmpty();
        assertThat(documents.infoAccessCheckedByCaller(info.id())).isEmpty();
        assertThat(documents.delete(info.id())).isFalse();
        assertThat(jdbc.sql("select deleted_at is not null from documents_document where id = ?")
                .param(info.id()).query(Boolean.class).single()).isTrue();
    }

    @Test
    void a_capability_that_checked_access_itself_can_show_someone_elses_document() throws IOException {
        var info = stored(TestFiles.pdf(), "plan.pdf");
        TestAccounts.signIn(someoneElse);

        assertThat(documents.infoAccessCheckedByCaller(info.id())).contains(info);
        assertThat(read(documents.openAccessCheckedByCaller(info.id()).orElseThrow())).isEqualTo(TestFiles.pdf());
    }

    @Test
    void files_are_kept_outside_everything_the_web_server_serves() {
        var directory = files.directory();
        var staticLocations = environment.getProperty("spring.web.resources.static-locations", String[].class,
                new String[] {"classpath:/META-INF/resources/", "classpath:/resources/", "classpath:/static/",
                        "classpath:/public/"});

        assertThat(staticLocations).allMatch(location -> location.startsWith("classpath:"));
        for (var servedFrom : new String[] {"target/classes", "target/test-classes", "src/main/resources"}) {
            assertThat(directory.startsWith(Path.of(servedFrom).toAbsolutePath())).as(servedFrom).isFalse();
        }
    }
}
