package org.sentrakreasi.storefront.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.sentrakreasi.catalog.application.ImportJobStatus;
import org.sentrakreasi.catalog.application.ImportJobSummary;
import org.sentrakreasi.catalog.application.ImportMessage;
import org.sentrakreasi.catalog.application.NotPermittedException;
import org.sentrakreasi.catalog.application.ProductImport;
import org.sentrakreasi.storefront.importing.ImportLauncher;
import org.sentrakreasi.storefront.importing.UploadTooLargeException;
import org.sentrakreasi.storefront.security.CurrentActor;
import org.sentrakreasi.storefront.web.Messages;

/**
 * The coordinator's import page: upload a CSV, watch the progress bar, read the rejected lines, and
 * find earlier imports again in the list of recent ones ({@code impor.xhtml?job=<id>} shows one),
 * also after leaving the page or after the application restarted in the middle of one.
 */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ImportLauncher launcher;

    @Inject
    transient ProductImport productImport;

    @Inject
    transient CurrentActor actor;

    @Inject
    transient Messages messages;

    /** How many imports the list of recent ones shows. */
    static final int RECENT = 10;

    private String jobId;
    private ImportJobStatus status;
    /** Read again after each change; not kept with the view. */
    private transient List<ImportJobSummary> recent;

    /** On a GET: the job named in the address, if it can be shown to this user. */
    public void load() {
        if (jobId == null) {
            return;
        }
        try {
            refresh();
        } catch (NotPermittedException e) {
            status = null;
        }
        if (status == null) {
            jobId = null;
            messages.error("import.notFound");
        }
    }

    public void upload(FileUploadEvent event) {
        try (InputStream csv = event.getFile().getInputStream()) {
            jobId = launcher.start(actor.get(), csv);
            refresh();
            // The address names the job from now on, so that a reload or a bookmark shows it again.
            PrimeFaces.current().executeScript("history.replaceState(null, '', '?job=" + jobId + "');");
        } catch (UploadTooLargeException e) {
            messages.error("import.tooLarge");
        } catch (IOException e) {
            messages.error("import.uploadFailed");
        }
    }

    /**
     * Called by the poll every second while the job runs. The list of recent imports is drawn again
     * only when the job ends: redrawing it every second cost a query and took a keyboard user's
     * place in it.
     */
    public void refresh() {
        boolean wasRunning = isRunning();
        if (jobId != null) {
            status = productImport.status(actor.get(), jobId).orElse(null);
        }
        recent = null;
        if (wasRunning && !isRunning()) {
            PrimeFaces.current().ajax().update("import:recent");
        }
    }

    /** The newest imports first: the user's own, everyone's for an admin. */
    public List<ImportJobSummary> getRecent() {
        if (recent == null) {
            recent = productImport.recent(actor.get(), RECENT);
        }
        return recent;
    }

    public boolean isRunning() {
        return status != null && ImportJobStatus.RUNNING.equals(status.status());
    }

    public ImportJobStatus getStatus() {
        return status;
    }

    public String getJobId() {
        return jobId;
    }

    public void setJobId(String jobId) {
        this.jobId = jobId;
    }

    /**
     * What the import said (stored in English, as the API gives it), in the page's language: each
     * sentence from the bundle ({@code import.problem.<name>}) with the values found in the English.
     */
    public String inPageLanguage(String stored) {
        return ImportMessage.read(stored)
                .map(sentences -> sentences.stream()
                        .map(said -> messages.text("import.problem." + said.message().name(), said.values().toArray()))
                        .collect(Collectors.joining(ImportMessage.SEPARATOR)))
                .orElse(stored);
    }
}
