package org.sentrakreasi.storefront.web;

import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;

/**
 * An error shown next to one field after the service refused: the message for the field, the field
 * marked invalid (PrimeFaces then styles it and sets aria-invalid) and the request marked as failed,
 * so that the page's {@code <p:focus>} moves keyboard focus, and the view, to the field. A full-page
 * postback lands at the top otherwise, far from the message. What was typed stays in the field:
 * PrimeFaces renders an invalid field that has no submitted value empty (empty strings being read
 * as null), so the typed text is handed back as the submitted value.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    /** The field a violation is about: the last named node of its path ({@code register.command.nik} is {@code nik}). */
    public static String fieldOf(ConstraintViolation<?> violation) {
        String field = "";
        for (var node : violation.getPropertyPath()) {
            field = node.getName() == null ? field : node.getName();
        }
        return field;
    }

    public static void show(Messages messages, String clientId, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        messages.errorFor(clientId, key, arguments);
        UIComponent component = faces.getViewRoot().findComponent(clientId);
        if (component instanceof EditableValueHolder input) {
            if (input.getSubmittedValue() == null && input.getValue() instanceof String typed) {
                input.setSubmittedValue(typed);
            }
            input.setValid(false);
        }
        faces.validationFailed();
    }
}
