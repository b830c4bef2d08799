package cn.liaocheng.jobs.catalogue;

/**
 * The offer does not exist, or the signed-in account may not edit it (another county's, or not an editor at all).
 * The same for both, so that nobody learns which ids exist; views show the not-found page.
 */
public class OfferNotFoundException extends RuntimeException {

    public OfferNotFoundException() {
        super("no such offer for this editor");
    }
}
