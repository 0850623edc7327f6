package org.sentrakreasi.deploy.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Starting a CSV import through the API and waiting for its job, as a coordinator does. */
final class Imports {

    static final String HEADER = "sku,name,description,category,price,stock,maker,region,unit,status\n";
    static final String PASSWORD = "demo-koordinator";

    private Imports() {
    }

    static String start(RunningApplication app, String user, String csv) {
        HttpResponse<String> accepted = Http.postCsv(app.url("/api/v1/admin/products/import"), user, PASSWORD, csv);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        return Http.json(accepted).get("jobId").asText();
    }

    /** The job once it is no longer RUNNING. */
    static JsonNode awaitJob(RunningApplication app, String user, String jobId) {
        return Eventually.await(() -> Http.json(Http.get(app.url("/api/v1/admin/import-jobs/" + jobId), user, PASSWORD)),
                job -> !"RUNNING".equals(job.get("status").asText()), "import job " + jobId + " to finish",
                Duration.ofSeconds(60));
    }
}
