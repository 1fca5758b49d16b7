package io.docuelevate.interfaces.web.admin;

/** The outcome of an action, shown above the page's content: done ({@code ok}) or refused ({@code error}). */
public record Notice(String kind, String text) {

    public static Notice ok(String text) {
        return new Notice("ok", text);
    }

    public static Notice error(String text) {
        return new Notice("error", text);
    }
}
