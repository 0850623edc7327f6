package org.sentrakreasi.storefront.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.view.ViewMetadata;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    /**
     * The link of the language switch: this page, with its query and, after a postback, its view
     * parameters (e.g. {@code ?id=} of a record page), in the other language. Relative, so that it
     * stays on the address the visitor sees, also behind a public address or on an error page.
     */
    public String switchHref(String code) {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        Map<String, List<String>> parameters = QueryStrings.parse(PublicAddresses.requestedQuery(request));
        if (faces.isPostback() && faces.getViewRoot() != null) {
            for (UIViewParameter parameter : ViewMetadata.getViewParameters(faces.getViewRoot())) {
                String value = parameter.getStringValue(faces);
                if (value != null && !value.isEmpty()) {
                    parameters.putIfAbsent(parameter.getName(), List.of(value));
                }
            }
        }
        parameters.remove(LanguageFilter.PARAMETER);
        parameters.put(LanguageFilter.PARAMETER, List.of(code));
        return "?" + QueryStrings.format(parameters);
    }

    private static Language current() {
        return Language.chosen(FacesContext.getCurrentInstance());
    }
}
