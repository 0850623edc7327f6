package org.sentrakreasi.storefront.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Every view starts in the visitor's language (their choice, else Bahasa Indonesia), not in the one
 * their browser prefers. {@code <f:view locale>} in the layout applies only once the page is built,
 * so texts resolved before that, such as the messages of a view action on a GET ("that import was
 * not found"), came in English to an English-language browser whatever the visitor had chosen.
 */
public class LanguageViewHandler extends ViewHandlerWrapper {

    public LanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return Language.chosen(context).locale();
    }
}
