package cn.liaocheng.jobs.documents;

/** What became of an uploaded file; every case but {@link Stored} leaves nothing behind. */
public sealed interface UploadOutcome {

    /** Kept; {@code document.id()} is what a form stores. */
    record Stored(DocumentInfo document) implements UploadOutcome {
    }

    /** Not a PDF, JPEG or PNG by its content, whatever its name said. */
    record WrongType() implements UploadOutcome {
    }

    /** More than {@link DocumentService#MAX_BYTES}, counted while it arrived. */
    record TooLarge() implements UploadOutcome {
    }

    /** No bytes at all. */
    record Empty() implements UploadOutcome {
    }
}
