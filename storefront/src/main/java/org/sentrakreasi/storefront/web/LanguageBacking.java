package org.sentrakreasi.storefront.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;

/** The current page language, for {@code <f:view locale>} and the switch in the header. */
@Named("language")
@RequestScoped
public class LanguageBacking {

    public Locale getLocale() {
        return current().locale();
    }

    public String getCode() {
        return current().code();
    }

    public boolean isEnglish() {
        return current() == Language.EN;
    }

    private static Language current() {
        HttpSession session = (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false);
        Object chosen = session == null ? null : session.getAttribute(Language.SESSION_ATTRIBUTE);
        return chosen instanceof Language language ? language : Language.DEFAULT;
    }
}
