package org.sentrakreasi.storefront.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.sentrakreasi.storefront.ordering.application.InvalidOrderException;
import org.sentrakreasi.storefront.ordering.application.OrderFieldError;

/**
 * Shows what the ordering service refused next to the fields it names. The service names fields as
 * the API's JSON does ({@code customer.email}, {@code reason}) and gives each refusal a stable code
 * ({@code required}, {@code email}, ...); a form maps the names to its components, and the text is
 * the bundle's {@code orders.error.<code>} in the visitor's language. A refused field the form
 * does not have (a cart line that is no longer on sale) is one page message.
 */
@RequestScoped
public class OrderFieldFeedback {

    @Inject
    Messages messages;

    /**
     * @param form       the form's id
     * @param components API field name to the component id within the form
     * @param otherKey   the page message for refused fields the form does not show
     */
    public void show(InvalidOrderException refused, String form, Map<String, String> components, String otherKey) {
        boolean other = false;
        for (OrderFieldError error : refused.errors()) {
            String component = components.get(error.field());
            if (component == null) {
                other = true;
            } else {
                String key = "orders.error." + error.code();
                FieldErrors.show(messages, form + ":" + component, messages.has(key) ? key : "orders.error");
            }
        }
        if (other) {
            messages.error(otherKey);
        }
    }
}
