package cn.liaocheng.jobs.catalogue;

import java.util.Locale;

/**
 * Where an offer stands for the public. Only a {@link #PUBLISHED} offer is listed and searched and takes
 * applications; a {@link #CLOSED} one keeps its address (shared links, applicants' own applications) with a note
 * that it has ended; drafts and unpublished offers exist only for their editors.
 */
public enum OfferStatus {
    /** 草稿: being written, never shown to the public. */
    DRAFT,
    /** 已发布: listed, searched, takes applications while its window is open. */
    PUBLISHED,
    /** 已下线: taken off the public pages, e.g. a sample offer being replaced or a mistake being fixed. */
    UNPUBLISHED,
    /** 已结束: over for good; its page stays with a note, it is no longer listed. */
    CLOSED;

    public String messageKey() {
        return "offer.state." + name().toLowerCase(Locale.ROOT);
    }

    /** Whether the public detail page exists. */
    public boolean isPublic() {
        return this == PUBLISHED || this == CLOSED;
    }

    /** The moves an editor can make; publishing a closed offer again is a new offer. */
    public boolean canMoveTo(OfferStatus next) {
        return switch (this) {
            case DRAFT, UNPUBLISHED -> next == PUBLISHED || next == CLOSED;
            case PUBLISHED -> next == UNPUBLISHED || next == CLOSED;
            case CLOSED -> false;
        };
    }
}
