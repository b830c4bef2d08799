package cn.liaocheng.jobs.easyread;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Optional;

/**
 * The easy-read version inside a page: a heading that takes focus when the person switches to it, one idea per line
 * with its picture (an image file with a text alternative), and the key words explained. All of it is plain text in
 * the page, so the toolbar's 朗读 reads it line by line; hidden while the page shows its full version.
 */
public class EasyReadPanel extends Section {

    public static final String HEADING_ID = "easy-read-heading";

    public EasyReadPanel() {
        addClassName("easy-read");
        setId("easy-read");
        getElement().setAttribute("aria-labelledby", HEADING_ID);
        setVisible(false);
    }

    /** Shows the text, or hides the panel for the full version ({@code Optional.empty()}). */
    public void show(Optional<EasyReadText> text) {
        removeAll();
        setVisible(text.isPresent());
        text.ifPresent(t -> render(t.in(getLocale())));
    }

    private void render(EasyReadText.Version version) {
        var heading = new H2(version.heading());
        heading.setId(HEADING_ID);
        heading.getElement().setAttribute("tabindex", "-1");
        var ideas = new UnorderedList();
        ideas.addClassName("easy-read-ideas");
        for (var idea : version.ideas()) {
            var picture = new Image(idea.icon().src(), getTranslation(idea.icon().messageKey()));
            // Attributes, not an inline style: care mode's stylesheet makes the pictures bigger.
            picture.getElement().setAttribute("width", "48");
            picture.getElement().setAttribute("height", "48");
            var sentence = new Span(idea.sentence());
            sentence.addClassName("easy-read-sentence");
            ideas.add(new ListItem(picture, sentence));
        }
        add(heading, ideas);
        if (!version.words().isEmpty()) {
            var words = new DescriptionList();
            words.addClassName("easy-read-words");
            for (var word : version.words()) {
                words.add(new DescriptionList.Term(word.word()), new DescriptionList.Description(word.meaning()));
            }
            var wordsHeading = new H3(getTranslation("easyread.words.heading"));
            add(wordsHeading, new Paragraph(getTranslation("easyread.words.intro")), words);
        }
    }
}
