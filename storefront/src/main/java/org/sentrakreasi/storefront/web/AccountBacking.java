package org.sentrakreasi.storefront.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;
import org.sentrakreasi.storefront.security.UserAccount;
import org.sentrakreasi.storefront.security.UserAccounts;

/** The signed-in person's account page and sign-out. */
@Named
@RequestScoped
public class AccountBacking {

    @Inject
    SecurityContext securityContext;

    @Inject
    UserAccounts accounts;

    @Inject
    Messages messages;

    public String getUsername() {
        return securityContext.getCallerPrincipal().getName();
    }

    /** The role in the page's language ("Pengrajin"), not its code (MAKER). */
    public String getRole() {
        String role = account().map(UserAccount::role).orElse("");
        return messages.has("account.role." + role) ? messages.text("account.role." + role) : role;
    }

    private Optional<UserAccount> account() {
        return accounts.find(getUsername());
    }

    /** Ends the session; the language chosen in it stays (the home page is asked for in it). */
    public void signOut() throws ServletException, IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        Language language = Language.chosen(faces);
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/"
                + (language == Language.DEFAULT ? "" : "?" + LanguageFilter.PARAMETER + "=" + language.code()));
    }
}
