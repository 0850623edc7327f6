package org.sentrakreasi.deploy.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fictional beneficiary taken through the vocational API to a public maker profile: a running
 * cohort of the coordinator's unit, enrolment, one training day attended, a KOMPETEN assessment,
 * graduation today, consent to show a display name, and the profile. Only the cohort and the maker
 * ids come back: the orders tests sell the graduate's products and read the cohort's outcome.
 */
record Graduate(String cohortId, String makerId, String beneficiaryId) {

    /** The application's clock is UTC: its "today" decides enrolment days and graduation. */
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final AtomicInteger SERIAL = new AtomicInteger(ThreadLocalRandom.current().nextInt(10_000));

    static Graduate of(RunningApplication app, String[] coordinator, String fullName) {
        Api api = new Api(app, coordinator);
        String unitId = api.get("/api/v1/me").get("unitId").asText();
        String programmeId = api.post("/api/v1/programs", Map.of("name", "Program Uji Penjualan " + SERIAL.incrementAndGet(),
                "description", "Kerajinan untuk dijual"), 201).get("id").asText();
        String cohortId = api.post("/api/v1/cohorts", Map.of("programId", programmeId, "unitId", unitId,
                "name", "Angkatan Uji Penjualan " + SERIAL.incrementAndGet(), "startDate", TODAY.minusDays(30).toString(),
                "endDate", TODAY.plusDays(30).toString(), "capacity", 5), 201).get("id").asText();
        api.post("/api/v1/cohorts/" + cohortId + "/start", Map.of(), 200);
        String beneficiaryId = api.post("/api/v1/beneficiaries", Map.of("fullName", fullName, "nik", nik(),
                "gender", "F", "birthDate", "1990-05-17", "cluster", "PENYANDANG_DISABILITAS", "unitId", unitId), 201)
                .get("id").asText();
        String enrollmentId = api.post("/api/v1/cohorts/" + cohortId + "/enrollments",
                Map.of("beneficiaryId", beneficiaryId), 201).get("id").asText();
        String sessionId = api.post("/api/v1/cohorts/" + cohortId + "/sessions",
                Map.of("date", TODAY.toString(), "topic", "Menganyam"), 201).get("id").asText();
        api.put("/api/v1/sessions/" + sessionId + "/attendance",
                List.of(Map.of("beneficiaryId", beneficiaryId, "status", "PRESENT")));
        api.post("/api/v1/enrollments/" + enrollmentId + "/assessments", Map.of("competencyUnit", "Menganyam pandan",
                "result", "KOMPETEN", "assessor", "LSP Kriya", "certificateNumber", "LSP-UJI-" + SERIAL.incrementAndGet(),
                "validUntil", TODAY.plusYears(3).toString()), 201);
        api.post("/api/v1/enrollments/" + enrollmentId + "/graduate", Map.of(), 200);
        api.post("/api/v1/beneficiaries/" + beneficiaryId + "/consent",
                Map.of("field", "DISPLAY_NAME", "granted", true), 201);
        String makerId = api.post("/api/v1/beneficiaries/" + beneficiaryId + "/maker-profile",
                Map.of("displayName", "Bu " + fullName.split(" ")[0]), 201).get("makerId").asText();
        return new Graduate(cohortId, makerId, beneficiaryId);
    }

    /** Kota Semarang, born 17 May 1990 as a woman (day + 40), and a serial of this run. */
    private static String nik() {
        return "3374025705" + "90" + String.format("%04d", SERIAL.incrementAndGet() % 10_000);
    }

    private record Api(RunningApplication app, String[] who) {

        JsonNode get(String path) {
            return Http.json(Http.get(app.url(path), who[0], who[1]));
        }

        JsonNode post(String path, Object body, int status) {
            HttpResponse<String> response = Http.post(app.url(path), who[0], who[1], Shoppers.json(body));
            assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(status);
            return Http.json(response);
        }

        void put(String path, Object body) {
            HttpResponse<String> response = Http.send(Http.request(app.url(path))
                    .header("Authorization", Http.basic(who[0], who[1])).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(Shoppers.json(body))).build());
            assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        }
    }
}
