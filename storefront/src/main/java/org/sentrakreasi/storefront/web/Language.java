package org.sentrakreasi.storefront.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpSession;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages of the pages: Bahasa Indonesia first, English available. */
public enum Language {
    ID(Locale.forLanguageTag("id")), EN(Locale.ENGLISH);

    public static final String SESSION_ATTRIBUTE = Language.class.getName();
    public static final Language DEFAULT = ID;

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return locale.getLanguage();
    }

    /** The visitor's choice (kept in the session by {@link LanguageFilter}), else {@link #DEFAULT}. */
    public static Language chosen(FacesContext faces) {
        HttpSession session = (HttpSession) faces.getExternalContext().getSession(false);
        Object chosen = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
        return chosen instanceof Language language ? language : DEFAULT;
    }

    public static Optional<Language> fromCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code().equalsIgnoreCase(code)).findFirst();
    }
}
