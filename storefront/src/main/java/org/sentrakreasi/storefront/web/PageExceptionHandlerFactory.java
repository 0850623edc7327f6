package org.sentrakreasi.storefront.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.sentrakreasi.catalog.application.NotPermittedException;
import org.sentrakreasi.catalog.domain.MakerNotFoundException;
import org.sentrakreasi.catalog.domain.ProductNotFoundException;
import org.sentrakreasi.storefront.ordering.domain.OrderNotFoundException;
import org.sentrakreasi.storefront.transactions.BusyDatabase;
import org.sentrakreasi.storefront.transactions.ConcurrentChanges;
import org.sentrakreasi.storefront.transactions.DatabaseErrorsForLog;
import org.sentrakreasi.storefront.transactions.DuplicateValues;
import org.sentrakreasi.vocational.application.AccessDeniedException;
import org.sentrakreasi.vocational.domain.RecordNotFoundException;

/**
 * Turns "not yours" and "no such record" (a product or maker; a cohort, session, enrolment or beneficiary; an order)
 * on a page into the friendly 403 and 404 pages (with those status codes) instead of a server
 * error, and a change refused because someone else saved the same record first into a message on
 * the same page asking to reload. A page whose view expired is loaded again with a message. A
 * failure of the database is logged without the database's own text ({@link DatabaseErrorsForLog})
 * before the error page. Registered in faces-config.xml.
 */
public class PageExceptionHandlerFactory extends ExceptionHandlerFactory {

    private static final Logger LOG = Logger.getLogger(PageExceptionHandlerFactory.class.getName());

    public PageExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new PageExceptionHandler(getWrapped().getExceptionHandler());
    }

    static final class PageExceptionHandler extends ExceptionHandlerWrapper {

        PageExceptionHandler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                ExceptionQueuedEventContext context = events.next().getContext();
                Throwable exception = context.getException();
                int status = statusFor(exception);
                if (exception instanceof ViewExpiredException) {
                    // The page was open longer than its session: it is loaded again, at the address the form
                    // posts to (which names the record), with the message. An Ajax request (a photo upload, a
                    // button of the moderation queue) could show nothing else; a full post would otherwise get
                    // the error page with status 500 and a stack trace in the log for a routine event.
                    events.remove();
                    reloadWithMessage();
                } else if (status != 0) {
                    events.remove();
                    sendError(status);
                } else if (ConcurrentChanges.causedBy(exception) || DuplicateValues.causedBy(exception)) {
                    events.remove();
                    // The form stays as it was typed; nothing of it was saved.
                    CDI.current().select(Messages.class).get().error("page.concurrentChange");
                } else if (BusyDatabase.causedBy(exception)) {
                    events.remove();
                    CDI.current().select(Messages.class).get().error("page.busy");
                } else if (context.getPhaseId() == PhaseId.APPLY_REQUEST_VALUES && unreadableNumber(exception)) {
                    // PrimeFaces' number field parses its hidden value itself and throws on letters, which
                    // only a post made outside its script can send: the page again, with a message.
                    events.remove();
                    CDI.current().select(Messages.class).get().error("page.unreadableNumber");
                    FacesContext.getCurrentInstance().renderResponse();
                } else if (DatabaseErrorsForLog.involved(exception)) {
                    // Left to the container, the database's error text (which may quote a NIK) would be logged.
                    events.remove();
                    LOG.log(Level.SEVERE, "Unhandled error on a page", DatabaseErrorsForLog.of(exception));
                    sendError(500);
                }
            }
            getWrapped().handle();
        }

        private static void reloadWithMessage() {
            FacesContext faces = FacesContext.getCurrentInstance();
            HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
            // The address asked for: a public one (/cari, /p/...) is forwarded to its view under WEB-INF.
            String query = addressParameters(PublicAddresses.requestedQuery(request));
            CDI.current().select(Messages.class).get().error("error.expired.reloaded");
            faces.getExternalContext().getFlash().setKeepMessages(true);
            try {
                faces.getExternalContext().redirect(request.getContextPath() + PublicAddresses.requestedPath(request)
                        + (query == null ? "" : "?" + query));
            } catch (IOException e) {
                throw new FacesException(e);
            }
            faces.responseComplete();
        }

        /**
         * The query without the form's own fields (a view state, a button, {@code form:field}):
         * a view state in the address would expire the reloaded page again, in a loop.
         */
        private static String addressParameters(String query) {
            if (query == null) {
                return null;
            }
            String kept = Arrays.stream(query.split("&")).filter(parameter -> {
                String name = nameOf(parameter);
                return !name.isEmpty() && !name.contains(":") && !name.startsWith("jakarta.") && !name.startsWith("primefaces.");
            }).collect(Collectors.joining("&"));
            return kept.isEmpty() ? null : kept;
        }

        /** The decoded name of {@code name=value}; empty when it cannot be decoded (a stray %). */
        private static String nameOf(String parameter) {
            try {
                return URLDecoder.decode(parameter.split("=", 2)[0], StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return "";
            }
        }

        private static boolean unreadableNumber(Throwable exception) {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof NumberFormatException) {
                    return true;
                }
            }
            return false;
        }

        private static int statusFor(Throwable exception) {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof NotPermittedException || cause instanceof AccessDeniedException) {
                    return 403;
                }
                if (cause instanceof ProductNotFoundException || cause instanceof MakerNotFoundException
                        || cause instanceof RecordNotFoundException || cause instanceof PageNotFoundException
                        || cause instanceof OrderNotFoundException) {
                    return 404;
                }
            }
            return 0;
        }

        private static void sendError(int status) {
            FacesContext faces = FacesContext.getCurrentInstance();
            try {
                faces.getExternalContext().responseSendError(status, null);
            } catch (IOException e) {
                throw new FacesException(e);
            }
            faces.responseComplete();
        }
    }
}
