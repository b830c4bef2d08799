package cn.liaocheng.jobs.nationalexport;

/** One export file, written and audited; {@code content} holds the unmasked numbers and goes only to the download. */
public record ExportFile(String fileName, ExportFormat format, byte[] content, int rows) {

    /** Without the content: a file's bytes hold certificate and phone numbers, which must not reach a log. */
    @Override
    public String toString() {
        return "ExportFile[" + fileName + ", " + rows + " rows]";
    }
}
