package org.sentrakreasi.storefront.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Forms of a view rendered behind a public address post back to that address (and its query),
 * not to the view's own path under WEB-INF, which is neither reachable nor readable. Forms of any
 * other view post back with the view parameters it was opened with ({@code edit.xhtml?id=75}), so
 * that after a save the address still names the record, and reloading it shows the same one.
 *
 * <p>Only the address's own parameters go along, never a form field's name ({@code listing:price}):
 * a query parameter comes before the posted fields of the same name, so a link carrying one would
 * replace what the user submits. Registered in faces-config.xml.
 */
public class PublicAddressViewHandler extends ViewHandlerWrapper {

    public PublicAddressViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        Object forwardedFrom = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        if (context.getViewRoot() == null || !viewId.equals(context.getViewRoot().getViewId())) {
            return getWrapped().getActionURL(context, viewId);
        }
        boolean forwarded = forwardedFrom instanceof String;
        String address = forwarded ? (String) forwardedFrom : getWrapped().getActionURL(context, viewId);
        Map<String, List<String>> parameters = QueryStrings.parse(PublicAddresses.requestedQuery(request));
        if (!forwarded) {
            Set<String> declared = ViewMetadata.getViewParameters(context.getViewRoot()).stream()
                    .map(UIViewParameter::getName).collect(Collectors.toSet());
            parameters.keySet().retainAll(declared);
        }
        parameters.keySet().removeIf(name -> name.contains(":") || name.startsWith("jakarta.") || name.startsWith("primefaces."));
        // Without the language: the switch sets it for the visit, a postback must not switch back.
        parameters.remove(LanguageFilter.PARAMETER);
        return parameters.isEmpty() ? address : address + "?" + QueryStrings.format(parameters);
    }
}
