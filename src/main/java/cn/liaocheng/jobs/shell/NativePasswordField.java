package cn.liaocheng.jobs.shell;

import com.vaadin.flow.dom.Element;

/**
 * The browser's own password box with a real, labelled 显示密码 button after it: a toggle ({@code aria-pressed}) that
 * shows the typed password as text and hides it again, in the browser alone (no round trip, and the password never
 * comes back from the server). Paste is allowed, and the autocomplete token lets password managers fill it in.
 */
public class NativePasswordField extends NativeTextField {

    private final Element reveal = new Element("button");

    public NativePasswordField(String id, String labelText, String autocomplete, String revealText) {
        super(id, labelText);
        addClassName("native-password");
        var input = inputElement();
        input.setAttribute("type", "password");
        input.setAttribute("autocomplete", autocomplete);
        reveal.setAttribute("type", "button");
        reveal.setAttribute("id", id + "-reveal");
        reveal.setAttribute("aria-controls", id);
        reveal.setAttribute("aria-pressed", "false");
        // Read with the field's label, so that two of them on a page (我的账户) are told apart.
        reveal.setAttribute("aria-describedby", id + "-label");
        reveal.getClassList().add("lc-button");
        reveal.getClassList().add("password-reveal");
        reveal.setText(revealText);
        var row = new Element("div");
        row.getClassList().add("password-row");
        wrapInput(row);
        row.appendChild(reveal);
        reveal.executeJs("""
                const input = document.getElementById($0);
                this.addEventListener('click', () => {
                  const shown = input.type === 'password';
                  input.type = shown ? 'text' : 'password';
                  this.setAttribute('aria-pressed', String(shown));
                });""", id);
    }

    public Element revealButton() {
        return reveal;
    }
}
