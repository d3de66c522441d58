package org.xinyidai.portal.help;

import java.util.Locale;

/** A help-centre category such as 企业用户指南. */
public record HelpCategory(long id, String code, String name, String nameEn) {

    public String name(Locale locale) {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? name : nameEn;
    }
}
