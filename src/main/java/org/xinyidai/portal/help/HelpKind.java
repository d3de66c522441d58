package org.xinyidai.portal.help;

/** An article (a guide read from top to bottom) or a FAQ (a question with a short answer, shown folded). */
public enum HelpKind {
    ARTICLE, FAQ;

    public String labelKey() {
        return "help.kind." + name();
    }
}
