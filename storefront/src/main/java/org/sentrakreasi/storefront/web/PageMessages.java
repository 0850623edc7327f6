package org.sentrakreasi.storefront.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;

/**
 * The messages of the page, not of one field, for {@code WEB-INF/includes/page-messages.xhtml}: one
 * alert region with a paragraph per message. PrimeFaces' {@code p:messages} puts {@code role="alert"}
 * on its list items, which leaves its list without items for assistive technology.
 */
@Named
@RequestScoped
public class PageMessages {

    public List<FacesMessage> getList() {
        return FacesContext.getCurrentInstance().getMessageList(null);
    }

    /** {@code error} for errors and worse, {@code info} otherwise: the message's style. */
    public String kind(FacesMessage message) {
        return message.getSeverity().getOrdinal() >= FacesMessage.SEVERITY_ERROR.getOrdinal() ? "error" : "info";
    }
}
