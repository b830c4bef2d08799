package cn.liaocheng.jobs.monitoring.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * Horizontal bars drawn with HTML and CSS, no script: a {@code figure} with its caption, and one list item per bar
 * whose words ({@code 莘县 已完成目标的 62 %}) are the text summary a screen reader reads and everyone can see. The bar
 * itself is decoration (hidden from assistive technology); it is striped, and a target line is drawn where the
 * target is, so neither needs colour to be understood.
 */
class BarChart extends Composite<Div> {

    /**
     * One bar: {@code share} of the chart's width, 0 to 1 (capped); {@code target} where the target line goes, or
     * a negative number for none.
     */
    record Bar(String label, String summary, double share, double target) {}

    BarChart(String id, String caption, List<Bar> bars) {
        var figure = getContent();
        figure.getElement().setAttribute("role", "figure");
        figure.getElement().setAttribute("aria-labelledby", id + "-caption");
        figure.setId(id);
        figure.addClassName("progress-chart");
        var title = new Div(caption);
        title.setId(id + "-caption");
        title.addClassName("progress-chart-caption");
        var list = new UnorderedList();
        list.addClassName("progress-bars");
        for (var bar : bars) {
            var label = new Span(bar.label());
            label.addClassName("progress-bar-label");
            var fill = new Span();
            fill.addClassName("progress-bar-fill");
            fill.getStyle().set("width", percent(bar.share()));
            var track = new Span(fill);
            track.addClassName("progress-bar-track");
            track.getElement().setAttribute("aria-hidden", "true");
            if (bar.target() >= 0) {
                var line = new Span();
                line.addClassName("progress-bar-target");
                line.getStyle().set("inset-inline-start", percent(bar.target()));
                track.add(line);
            }
            var summary = new Span(bar.summary());
            summary.addClassName("progress-bar-summary");
            var item = new ListItem(label, new Span(" "), summary, track);
            item.addClassName("progress-bar");
            list.add(item);
        }
        figure.add(title, list);
    }

    private static String percent(double share) {
        return Math.round(Math.max(0, Math.min(1, share)) * 1000) / 10.0 + "%";
    }
}
