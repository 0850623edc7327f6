package org.sentrakreasi.storefront.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import org.sentrakreasi.catalog.application.NotPermittedException;
import org.sentrakreasi.catalog.domain.MakerNotFoundException;
import org.sentrakreasi.catalog.domain.ProductNotFoundException;
import org.sentrakreasi.storefront.ordering.domain.OrderNotFoundException;
import org.sentrakreasi.storefront.transactions.BusyDatabase;
import org.sentrakreasi.storefront.transactions.ConcurrentChanges;
import org.sentrakreasi.vocational.application.AccessDeniedException;
import org.sentrakreasi.vocational.domain.RecordNotFoundException;

/**
 * Turns "not yours" and "no such record" (a product or maker; a cohort, session, enrolment or beneficiary; an order)
 * on a page into the friendly 403 and 404 pages (with those status codes) instead of a server
 * error, and a change refused because someone else saved the same record first into a message on
 * the same page asking to reload. Registered in faces-config.xml.
 */
public class PageExceptionHandlerFactory extends ExceptionHandlerFactory {

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
                Throwable exception = events.next().getContext().getException();
                int status = statusFor(exception);
                if (status != 0) {
                    events.remove();
                    sendError(status);
                } else if (ConcurrentChanges.causedBy(exception)) {
                    events.remove();
                    // The form stays as it was typed; nothing of it was saved.
                    CDI.current().select(Messages.class).get().error("page.concurrentChange");
                } else if (BusyDatabase.causedBy(exception)) {
                    events.remove();
                    CDI.current().select(Messages.class).get().error("page.busy");
                }
            }
            getWrapped().handle();
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
