package org.sentrakreasi.storefront.web;

import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;

/**
 * An error shown next to one field after the service refused: the message for the field, the field
 * marked invalid (PrimeFaces then styles it and sets aria-invalid) and the request marked as failed,
 * so that the page's {@code <p:focus>} moves keyboard focus, and the view, to the field. A full-page
 * postback lands at the top otherwise, far from the message.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static void show(Messages messages, String clientId, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        messages.errorFor(clientId, key, arguments);
        UIComponent component = faces.getViewRoot().findComponent(clientId);
        if (component instanceof EditableValueHolder input) {
            input.setValid(false);
        }
        faces.validationFailed();
    }
}
