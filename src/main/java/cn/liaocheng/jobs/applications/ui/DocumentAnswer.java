package cn.liaocheng.jobs.applications.ui;

import cn.liaocheng.jobs.applications.AnswerRules;
import cn.liaocheng.jobs.applications.ApplicationService;
import cn.liaocheng.jobs.documents.DocumentDownload;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import java.util.UUID;

/**
 * A document answer on the check and application pages: the file's name as a link that downloads it. The name and
 * the file come through {@link ApplicationService}, which checks access to the application, and checks it again when
 * the link is followed: a helper withdrawn meanwhile gets nothing.
 */
final class DocumentAnswer {

    private DocumentAnswer() {
    }

    static Component of(Component owner, ApplicationService applications, long applicationId, String answer) {
        if (!AnswerRules.isDocumentId(answer)) {
            return new Span(owner.getTranslation("application.answer.none"));
        }
        var id = UUID.fromString(answer);
        return applications.document(applicationId, id).<Component>map(info -> {
            var link = new Anchor();
            link.setText(info.displayName());
            link.setHref(DocumentDownload.of(() -> applications.openDocument(applicationId, id)),
                    AttachmentType.DOWNLOAD);
            link.addClassName("document-answer");
            return link;
        }).orElseGet(() -> new Span(owner.getTranslation("application.document.gone")));
    }
}
