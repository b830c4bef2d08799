package cn.liaocheng.jobs.monitoring.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.jspecify.annotations.Nullable;

/** A table without a chart, with its CSV link; says so in words when it has no rows. */
class FigureTableBlock extends Div {

    /** {@code disclosure}: the table closed behind this summary text (see {@link FigureTable#component}), or open. */
    FigureTableBlock(FigureTable table, @Nullable String whenEmpty, @Nullable String disclosure) {
        addClassName("progress-single");
        if (whenEmpty != null) {
            var none = new Paragraph(whenEmpty);
            none.setId(table.id() + "-none");
            add(none);
        }
        add(table.component(getTranslation("monitoring.csv.of", table.caption()), disclosure));
    }
}
