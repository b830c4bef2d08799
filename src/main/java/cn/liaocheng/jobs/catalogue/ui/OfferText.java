package cn.liaocheng.jobs.catalogue.ui;

import cn.liaocheng.jobs.catalogue.OfferKind;
import cn.liaocheng.jobs.catalogue.OfferSubtype;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.LocalizedText;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Wording shared by cards and detail pages: dates, amounts, places and the application status. */
final class OfferText {

    private final Component component;

    OfferText(Component component) {
        this.component = component;
    }

    private Locale locale() {
        return UI.getCurrent().getLocale();
    }

    String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(date);
    }

    String yuan(int amount) {
        return NumberFormat.getIntegerInstance(locale()).format(amount);
    }

    String text(LocalizedText text) {
        return text.in(locale());
    }

    String place(County county, @Nullable LocalizedText township) {
        var name = component.getTranslation(county.messageKey());
        return township == null ? name : name + " " + text(township);
    }

    String kind(OfferKind kind, OfferSubtype subtype) {
        return component.getTranslation(kind.messageKey()) + " · " + component.getTranslation(subtype.messageKey());
    }

    /** 正在报名 / 报名已截止 / 尚未开始报名, with the deadline or opening day where known. */
    String applicationStatus(boolean openNow, @Nullable LocalDate opensOn, @Nullable LocalDate closesOn, LocalDate today) {
        if (openNow) {
            return closesOn == null
                    ? component.getTranslation("offer.status.open.rolling")
                    : component.getTranslation("offer.status.open.until", date(closesOn));
        }
        if (opensOn != null && today.isBefore(opensOn)) {
            return component.getTranslation("offer.status.upcoming", date(opensOn));
        }
        return component.getTranslation("offer.status.closed");
    }

    @Nullable String seats(@Nullable Integer seatsTotal, @Nullable Integer seatsLeft) {
        if (seatsLeft == null) {
            return null;
        }
        return seatsLeft == 0
                ? component.getTranslation("offer.seats.full")
                : component.getTranslation("offer.seats.left", seatsLeft, seatsTotal == null ? seatsLeft : seatsTotal);
    }
}
