package org.sentrakreasi.deploy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sentrakreasi.deploy.it.ApiContractTests.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Bulk CSV import (API.md): asynchronous job, per-line errors, good rows land, idempotent by sku. */
abstract class ImportTests {

    private static final String BEKASI = "koordinator.bekasi";
    private static final String MAGELANG = "koordinator.magelang";
    private static final String PASSWORD = Imports.PASSWORD;
    private static final String HEADER = Imports.HEADER;

    abstract RunningApplication app();

    private JsonNode awaitJob(String user, String jobId) {
        return Imports.awaitJob(app(), user, jobId);
    }

    private String start(String user, String csv) {
        return Imports.start(app(), user, csv);
    }

    @Test
    void goodRowsLandBadRowsAreReportedByLineAndReimportingChangesNothingTwice() {
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String csv = HEADER
                + "IMP-" + run + "-1,Keripik Tempe Import " + run + ",\"Renyah, gurih\",makanan,15000,20,KUBE Impor " + run + ",Kota Bekasi,,PUBLISHED\n"
                + "IMP-" + run + "-2,Tas Pandan Import " + run + ",,anyaman,45.000,3,KUBE Impor " + run + ",,BEKASI,DRAFT\n"
                + "IMP-" + run + "-3,Harga Salah,,makanan,lima ribu,1,KUBE Impor " + run + ",,,PUBLISHED\n"
                + "IMP-" + run + "-4,Kategori Salah,,perkakas,1000,1,KUBE Impor " + run + ",,,PUBLISHED\n"
                + "IMP-" + run + "-5,Unit Lain,,makanan,1000,1,KUBE Impor " + run + ",,MAGELANG,PUBLISHED\n";
        JsonNode job = awaitJob(BEKASI, start(BEKASI, csv));
        assertThat(job.get("status").asText()).isEqualTo("DONE");
        assertThat(job.get("total").asLong()).isEqualTo(5);
        assertThat(job.get("processed").asLong()).isEqualTo(5);
        assertThat(job.get("failed").asLong()).isEqualTo(3);
        List<Long> lines = new ArrayList<>();
        job.get("errors").forEach(e -> lines.add(e.get("line").asLong()));
        assertThat(lines).containsExactly(4L, 5L, 6L);
        assertThat(job.get("errors").get(0).get("message").asText()).contains("price");
        assertThat(job.get("errors").get(1).get("message").asText()).contains("perkakas");
        assertThat(job.get("errors").get(2).get("message").asText()).contains("MAGELANG");

        JsonNode published = Eventually.await(() -> Http.json(Http.get(app().url("/api/v1/products?q=" + run + "&size=10"))),
                page -> page.get("total").asLong() == 1, "the imported listing showing up in search");
        assertThat(published.get("items").get(0).get("price").asLong()).isEqualTo(15_000);
        JsonNode drafts = Http.json(Http.get(app().url("/api/v1/admin/products?status=DRAFT&q=IMP-" + run + "&size=10"),
                BEKASI, PASSWORD));
        assertThat(drafts.get("total").asLong()).isEqualTo(1);
        assertThat(drafts.get("items").get(0).get("price").asLong()).isEqualTo(45_000);

        Map<String, Long> versions = versionsBySku(run);
        JsonNode same = awaitJob(BEKASI, start(BEKASI, csv));
        assertThat(same.get("failed").asLong()).isEqualTo(3);
        assertThat(versionsBySku(run)).as("importing the same file again changes nothing").isEqualTo(versions);

        JsonNode again = awaitJob(BEKASI, start(BEKASI, csv.replace(",15000,20,", ",17500,20,")));
        assertThat(again.get("failed").asLong()).isEqualTo(3);
        JsonNode after = Http.json(Http.get(app().url("/api/v1/admin/products?q=IMP-" + run + "&size=10"), BEKASI, PASSWORD));
        assertThat(after.get("total").asLong()).as("no duplicates on re-import").isEqualTo(2);
        Eventually.await(() -> Http.json(Http.get(app().url("/api/v1/products?q=" + run + "&size=10"))),
                page -> page.get("items").get(0).get("price").asLong() == 17_500, "the new price showing in search");
    }

    private Map<String, Long> versionsBySku(String run) {
        JsonNode page = Http.json(Http.get(app().url("/api/v1/admin/products?q=IMP-" + run + "&size=10"), BEKASI, PASSWORD));
        Map<String, Long> versions = new TreeMap<>();
        page.get("items").forEach(item -> versions.put(item.get("sku").asText(), item.get("version").asLong()));
        assertThat(versions).hasSize(2);
        return versions;
    }

    @Test
    void theNeutralNameOfMakersWhoKeepTheirNamePrivateNamesNoOne() {
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String csv = HEADER
                + "NEU-" + run + "-1,Produk Netral " + run + ",,makanan,1000,1,Pengrajin Balai Pangudi Luhur Bekasi,,,PUBLISHED\n"
                + "NEU-" + run + "-2,Produk Bernama " + run + ",,makanan,1000,1,KUBE Netral " + run + ",,,PUBLISHED\n";
        JsonNode job = awaitJob(BEKASI, start(BEKASI, csv));
        assertThat(job.get("status").asText()).isEqualTo("DONE");
        assertThat(job.get("failed").asLong()).isEqualTo(1);
        assertThat(job.get("errors").get(0).get("line").asLong()).isEqualTo(2);
        assertThat(job.get("errors").get(0).get("message").asText()).contains("keep their own name private");
        JsonNode landed = Http.json(Http.get(app().url("/api/v1/admin/products?q=NEU-" + run + "&size=10"), BEKASI, PASSWORD));
        assertThat(landed.get("items")).extracting(item -> item.get("sku").asText()).containsExactly("NEU-" + run + "-2");
    }

    @Test
    void reimportingKeepsTheMakerOfAListingWhoseNameIsNowPrivate() {
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Graduate graduate = Graduate.of(app(), new String[] {BEKASI, PASSWORD}, "Wati Rahasia");
        String sku = "PRV-" + run;
        HttpResponse<String> created = Http.post(app().url("/api/v1/products"), BEKASI, PASSWORD,
                "{\"sku\":\"" + sku + "\",\"name\":\"Tas Rahasia " + run + "\",\"category\":\"anyaman\",\"price\":1000,"
                        + "\"stock\":1,\"makerId\":\"" + graduate.makerId() + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        HttpResponse<String> withdrawn = Http.post(app().url("/api/v1/beneficiaries/" + graduate.beneficiaryId() + "/consent"),
                BEKASI, PASSWORD, "{\"field\":\"DISPLAY_NAME\",\"granted\":false}");
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isBetween(200, 201);

        // A file from before the withdrawal names the maker as the shop showed them then: that name
        // names no one now, and the listing (and its sales) stays with the beneficiary.
        JsonNode old = awaitJob(BEKASI, start(BEKASI, HEADER + sku + ",Tas Rahasia " + run
                + ",,anyaman,1500,1,Bu Wati,,,DRAFT\n"));
        assertThat(old.get("failed").asLong()).as(old.toString()).isEqualTo(1);
        assertThat(old.get("errors").get(0).get("message").asText()).contains("not moved to a new maker");
        JsonNode kept = Http.json(Http.get(app().url("/api/v1/admin/products?q=" + sku + "&size=10"), BEKASI, PASSWORD))
                .get("items").get(0);
        assertThat(kept.get("maker").get("id").asText()).isEqualTo(graduate.makerId());
        assertThat(kept.get("price").asLong()).isEqualTo(1000);
        // Nor when an earlier row of the same file made a maker of that name for a new listing.
        JsonNode madeEarlier = awaitJob(BEKASI, start(BEKASI, HEADER + "NEW-" + run + ",Tas Baru " + run
                + ",,anyaman,1500,1,KUBE Baru " + run + ",,,DRAFT\n" + sku + ",Tas Rahasia " + run
                + ",,anyaman,1500,1,KUBE Baru " + run + ",,,DRAFT\n"));
        assertThat(madeEarlier.get("failed").asLong()).as(madeEarlier.toString()).isEqualTo(1);
        assertThat(madeEarlier.get("errors").get(0).get("line").asLong()).isEqualTo(3);

        // The file names the maker as the shop now shows them: the neutral name of the unit.
        JsonNode job = awaitJob(BEKASI, start(BEKASI, HEADER + sku + ",Tas Rahasia " + run
                + ",,anyaman,2000,1,Pengrajin Balai Pangudi Luhur Bekasi,,,DRAFT\n"));
        assertThat(job.get("failed").asLong()).as(job.toString()).isZero();
        JsonNode listing = Http.json(Http.get(app().url("/api/v1/admin/products?q=" + sku + "&size=10"), BEKASI, PASSWORD))
                .get("items").get(0);
        assertThat(listing.get("price").asLong()).isEqualTo(2000);
        assertThat(listing.get("maker").get("id").asText()).isEqualTo(graduate.makerId());
    }

    @Test
    void aFileWithoutTheRequiredColumnsFailsAsAWhole() {
        JsonNode job = awaitJob(BEKASI, start(BEKASI, "nama,harga\nKeripik,1000\n"));
        assertThat(job.get("status").asText()).isEqualTo("FAILED");
        assertThat(job.get("message").asText()).contains("sku");
    }

    @Test
    void onlyCoordinatorsAndAdminsImportAndFollowTheirOwnJobs() {
        assertProblem(Http.postCsv(app().url("/api/v1/admin/products/import"), "pengrajin.sari", "demo-pengrajin",
                HEADER), 403);
        String jobId = start(BEKASI, HEADER);
        assertProblem(Http.get(app().url("/api/v1/admin/import-jobs/" + jobId), MAGELANG, PASSWORD), 403);
        assertThat(Http.get(app().url("/api/v1/admin/import-jobs/" + jobId), "admin", "demo-admin").statusCode())
                .isEqualTo(200);
        assertProblem(Http.get(app().url("/api/v1/admin/import-jobs/no-such-job"), BEKASI, PASSWORD), 404);
    }
}
