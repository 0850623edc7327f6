package org.sentrakreasi.storefront.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;

/**
 * Forms of a view rendered behind a public address post back to that address (and its query),
 * not to the view's own path under WEB-INF, which is neither reachable nor readable. Registered in
 * faces-config.xml.
 */
public class PublicAddressViewHandler extends ViewHandlerWrapper {

    public PublicAddressViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        Object forwardedFrom = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        if (forwardedFrom instanceof String address && context.getViewRoot() != null
                && viewId.equals(context.getViewRoot().getViewId())) {
            // Without the language: the switch sets it for the visit, a postback must not switch back.
            Map<String, List<String>> parameters = QueryStrings.parse(PublicAddresses.requestedQuery(request));
            parameters.remove(LanguageFilter.PARAMETER);
            return parameters.isEmpty() ? address : address + "?" + QueryStrings.format(parameters);
        }
        return getWrapped().getActionURL(context, viewId);
    }
}
