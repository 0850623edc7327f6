package org.sentrakreasi.deploy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sentrakreasi.deploy.it.ApiContractTests.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The vocational API (API.md "Vocational") as an outside client sees it: the training flow from
 * programme to maker profile, the rules answering 400 and 409, unit scoping (403 on every
 * endpoint for another unit's coordinator) and the audit log. Runs once per database: the
 * enclosing IT says which running application to test. Each test makes its own data.
 */
abstract class VocationalApiTests {

    private static final String[] ADMIN = {"admin", "demo-admin"};
    private static final String[] BEKASI = {"koordinator.bekasi", "demo-koordinator"};
    private static final String[] MAGELANG = {"koordinator.magelang", "demo-koordinator"};
    private static final String[] MAKER = {"pengrajin.sari", "demo-pengrajin"};
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger SERIAL = new AtomicInteger(ThreadLocalRandom.current().nextInt(1000, 5000));
    /** The application's clock is UTC: its "today" decides enrolment days and graduation. */
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    abstract RunningApplication app();

    @Test
    void theTrainingFlowRunsFromProgrammeToMakerProfile() {
        String cohortId = runningCohort(BEKASI, 2);
        String beneficiaryId = register(BEKASI, adult("Rahmawati Flow"));

        HttpResponse<String> enrolled = post(BEKASI, "/api/v1/cohorts/" + cohortId + "/enrollments",
                json("beneficiaryId", beneficiaryId));
        assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
        String enrollmentId = Http.json(enrolled).get("id").asText();
        assertThat(Http.json(enrolled).get("status").asText()).isEqualTo("ENROLLED");

        for (String sessionId : List.of(session(BEKASI, cohortId, TODAY, "Higiene dapur"),
                session(BEKASI, cohortId, TODAY.plusDays(1), "Kue kering"))) {
            HttpResponse<String> marked = put(BEKASI, "/api/v1/sessions/" + sessionId + "/attendance",
                    "[" + json("beneficiaryId", beneficiaryId, "status", "PRESENT") + "]");
            assertThat(marked.statusCode()).as(marked.body()).isEqualTo(200);
        }
        assertThat(assess(BEKASI, enrollmentId).statusCode()).isEqualTo(201);

        HttpResponse<String> graduated = post(BEKASI, "/api/v1/enrollments/" + enrollmentId + "/graduate", "");
        assertThat(graduated.statusCode()).as(graduated.body()).isEqualTo(200);
        assertThat(Http.json(graduated).get("status").asText()).isEqualTo("GRADUATED");
        // A follow-up tells what happened: not on a day still to come.
        assertThat(fields(assertProblem(post(BEKASI, "/api/v1/enrollments/" + enrollmentId + "/follow-ups",
                json("month", 3, "workStatus", "WIRAUSAHA", "incomeBand", "UNDER_500K",
                        "recordedOn", TODAY.plusDays(2).toString())), 400))).containsExactly("recordedOn");

        JsonNode cohort = Http.json(get(BEKASI, "/api/v1/cohorts/" + cohortId));
        assertThat(cohort.get("enrolled").asInt()).isEqualTo(1);
        assertThat(cohort.get("assessed").asInt()).isEqualTo(1);
        assertThat(cohort.get("certified").asInt()).isEqualTo(1);
        assertThat(cohort.get("graduated").asInt()).isEqualTo(1);
        assertThat(cohort.get("attendanceRate").asDouble()).isEqualTo(100.0);
        assertThat(cohort.get("sessions").size()).isEqualTo(2);

        HttpResponse<String> consent = post(BEKASI, "/api/v1/beneficiaries/" + beneficiaryId + "/consent",
                json("field", "DISPLAY_NAME", "granted", true));
        assertThat(consent.statusCode()).as(consent.body()).isEqualTo(201);
        assertThat(Http.json(consent).get("recordedBy").asText()).isEqualTo(BEKASI[0]);

        JsonNode outcome = Http.json(get(BEKASI, "/api/v1/cohorts/" + cohortId + "/outcomes"));
        assertThat(outcome.get("graduates").asInt()).isEqualTo(1);
        assertThat(outcome.get("salesTotal").asLong()).isZero();
        assertThat(outcome.get("medianMonthlyIncome").asLong()).isZero();
        assertThat(outcome.get("followUps").size()).isEqualTo(3);

        HttpResponse<String> profile = post(BEKASI, "/api/v1/beneficiaries/" + beneficiaryId + "/maker-profile",
                json("displayName", "Bu Rahma", "story", "Not consented: stays private", "showPhoto", true));
        assertThat(profile.statusCode()).as(profile.body()).isEqualTo(201);
        assertThat(Http.json(profile).get("displayName").asText()).isEqualTo("Bu Rahma");
        assertThat(Http.json(profile).has("story")).as("story has no consent").isFalse();
        assertThat(Http.json(profile).get("showPhoto").asBoolean()).as("photo has no consent").isFalse();
    }

    @Test
    void aMakerProfileNeedsConsentToShowADisplayName() {
        String beneficiaryId = register(BEKASI, adult("Tanpa Persetujuan"));
        JsonNode problem = assertProblem(post(BEKASI, "/api/v1/beneficiaries/" + beneficiaryId + "/maker-profile",
                json("displayName", "Anonim")), 409);
        assertThat(problem.get("detail").asText()).contains("DISPLAY_NAME");
    }

    @Test
    void aFullCohortRefusesTheNextEnrolment() {
        String cohortId = runningCohort(BEKASI, 1);
        assertThat(enrol(BEKASI, cohortId, register(BEKASI, adult("Peserta Satu"))).statusCode()).isEqualTo(201);

        JsonNode problem = assertProblem(enrol(BEKASI, cohortId, register(BEKASI, adult("Peserta Dua"))), 409);
        assertThat(problem.get("type").asText()).endsWith("/cohort-full");
        assertThat(problem.get("detail").asText()).contains("full");
    }

    @Test
    void graduationBelowTheAttendanceThresholdIsRefusedWithTheFigures() {
        String cohortId = runningCohort(BEKASI, 5);
        String beneficiaryId = register(BEKASI, adult("Jarang Hadir"));
        String enrollmentId = Http.json(enrol(BEKASI, cohortId, beneficiaryId)).get("id").asText();
        String first = session(BEKASI, cohortId, TODAY, "Menjahit dasar");
        String second = session(BEKASI, cohortId, TODAY.plusDays(1), "Pola");
        put(BEKASI, "/api/v1/sessions/" + first + "/attendance", "[" + json("beneficiaryId", beneficiaryId, "status", "PRESENT") + "]");
        put(BEKASI, "/api/v1/sessions/" + second + "/attendance", "[" + json("beneficiaryId", beneficiaryId, "status", "ABSENT") + "]");
        // One person marked twice on one sheet: refused whole, the sheet stays as it was.
        assertThat(fields(assertProblem(put(BEKASI, "/api/v1/sessions/" + second + "/attendance", "["
                + json("beneficiaryId", beneficiaryId, "status", "PRESENT") + ","
                + json("beneficiaryId", beneficiaryId, "status", "EXCUSED") + "]"), 400))).containsExactly("beneficiaryId");
        assess(BEKASI, enrollmentId);

        JsonNode problem = assertProblem(post(BEKASI, "/api/v1/enrollments/" + enrollmentId + "/graduate", ""), 409);
        assertThat(problem.get("type").asText()).endsWith("/graduation-refused");
        assertThat(problem.get("detail").asText()).contains("attendance 50%").contains("80%");
    }

    @Test
    void aNikThatDisagreesWithTheBirthDateIsA400NamingNik() {
        Map<String, Object> person = adult("Salah Nik");
        person.put("birthDate", "1991-05-17");
        JsonNode problem = assertProblem(post(BEKASI, "/api/v1/beneficiaries", json(withUnit(person, unitOf(BEKASI)))), 400);
        assertThat(fields(problem)).containsExactly("nik");
        assertThat(problem.toString()).doesNotContain((String) person.get("nik"));
    }

    @Test
    void aMinorNeedsAGuardian() {
        LocalDate birth = TODAY.minusYears(15);
        Map<String, Object> child = withUnit(person("Anak Tanpa Wali", birth, "M", "ANAK"), unitOf(BEKASI));
        JsonNode problem = assertProblem(post(BEKASI, "/api/v1/beneficiaries", json(child)), 400);
        assertThat(fields(problem)).containsExactly("guardianName");

        child.put("guardianName", "Ibu Wali");
        assertThat(fields(assertProblem(post(BEKASI, "/api/v1/beneficiaries", json(child)), 400)))
                .containsExactly("guardianConsent");
        child.put("guardianConsent", true);
        assertThat(post(BEKASI, "/api/v1/beneficiaries", json(child)).statusCode()).isEqualTo(201);
    }

    @Test
    void aDuplicateNikIsA409ThatRevealsNothingOfTheOtherRecord() {
        Map<String, Object> original = adult("Dewi Rahasia Duplikat");
        String existingId = register(BEKASI, original);

        Map<String, Object> again = new LinkedHashMap<>(original);
        again.put("fullName", "Orang Lain");
        again.put("unitId", unitOf(MAGELANG));
        HttpResponse<String> response = post(MAGELANG, "/api/v1/beneficiaries", json(again));
        JsonNode problem = assertProblem(response, 409);
        assertThat(problem.get("detail").asText()).isEqualTo("NIK already registered");
        assertThat(response.body()).doesNotContain("Dewi").doesNotContain("\"" + existingId + "\"")
                .doesNotContain("beneficiary " + existingId);
    }

    @Test
    void registrationsOfOneNikRacingEachOtherGiveOneRecordAndClear409s() throws Exception {
        Map<String, Object> person = withUnit(adult("Dewi Balapan"), unitOf(BEKASI));
        List<HttpResponse<String>> answers = AtOnce.calls(8, () -> post(BEKASI, "/api/v1/beneficiaries", json(person)));
        assertOneCreatedAndConflicts(answers, "NIK already registered");
    }

    @Test
    void unitsAndProgrammesRacingForOneNameGiveOneRecordAndClear409s() throws Exception {
        String code = "BALAP" + SERIAL.incrementAndGet();
        String unit = json("code", code, "name", "Balai Balapan " + code, "type", "LKS", "region", "Kota Bekasi");
        assertOneCreatedAndConflicts(AtOnce.calls(8, () -> post(ADMIN, "/api/v1/units", unit)), "A unit with code " + code);
        String programme = json("name", "Menjahit Serentak " + code, "description", "Dua kali dibuat");
        assertOneCreatedAndConflicts(AtOnce.calls(8, () -> post(ADMIN, "/api/v1/programs", programme)),
                "A programme with that name");
    }

    private static void assertOneCreatedAndConflicts(List<HttpResponse<String>> answers, String conflict) {
        List<Integer> statuses = new ArrayList<>();
        for (HttpResponse<String> response : answers) {
            statuses.add(response.statusCode());
            if (response.statusCode() == 409) {
                assertThat(assertProblem(response, 409).get("detail").asText()).startsWith(conflict);
            }
        }
        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
    }

    @Test
    void consentDecisionsAtTheSameMomentAreAllRecordedInTurn() throws Exception {
        String beneficiaryId = register(BEKASI, adult("Nur Serentak"));
        AtomicInteger turn = new AtomicInteger();
        List<HttpResponse<String>> answers = AtOnce.calls(10, () -> post(BEKASI, "/api/v1/beneficiaries/" + beneficiaryId
                + "/consent", "{\"field\":\"REGION\",\"granted\":" + (turn.incrementAndGet() % 2 == 0) + "}"));
        List<Integer> sequences = new ArrayList<>();
        for (HttpResponse<String> response : answers) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            sequences.add(Http.json(response).get("sequence").asInt());
        }
        assertThat(sequences).as("each decision its own number").doesNotHaveDuplicates().hasSize(10);
    }

    @Test
    void unreadableValuesAre400sNamingEveryField() {
        JsonNode cohort = assertProblem(post(ADMIN, "/api/v1/cohorts", json("programId", "abc", "unitId",
                unitOf(BEKASI), "name", "X", "startDate", "2025-13-40", "endDate", "soon", "capacity", "many")), 400);
        assertThat(fields(cohort)).contains("programId", "startDate", "endDate", "capacity");

        Map<String, Object> person = adult("Jenis Salah");
        person.put("gender", "X");
        person.put("cluster", "NONE");
        assertThat(fields(assertProblem(post(BEKASI, "/api/v1/beneficiaries", json(person)), 400)))
                .contains("gender", "cluster");

        JsonNode missing = assertProblem(post(ADMIN, "/api/v1/cohorts", "{}"), 400);
        assertThat(fields(missing)).contains("programId", "unitId", "name", "startDate", "endDate", "capacity");
        assertProblem(post(ADMIN, "/api/v1/cohorts", "not json"), 400);
        assertThat(fields(assertProblem(get(BEKASI, "/api/v1/cohorts?status=SOMETIME"), 400))).containsExactly("status");
        assertProblem(get(BEKASI, "/api/v1/cohorts/abc"), 404);
        assertProblem(get(BEKASI, "/api/v1/cohorts/999999999"), 404);
        assertProblem(get(BEKASI, "/api/v1/beneficiaries/999999999"), 404);
    }

    @Test
    void datesOutsideTheYears1900To2100Are400sNamingTheField() {
        String programmeId = programme(BEKASI);
        for (String startDate : List.of("-999999999-01-01", "+999999999-01-01", "1899-12-31")) {
            JsonNode problem = assertProblem(post(BEKASI, "/api/v1/cohorts", json("programId", programmeId, "unitId",
                    unitOf(BEKASI), "name", "Angkatan Tanggal", "startDate", startDate, "endDate", "2027-12-31",
                    "capacity", 10)), 400);
            assertThat(fields(problem)).as(startDate).containsExactly("startDate");
        }
        Map<String, Object> person = adult("Tanggal Lahir Jauh");
        person.put("birthDate", "+999999999-01-01");
        assertThat(fields(assertProblem(post(BEKASI, "/api/v1/beneficiaries", json(withUnit(person, unitOf(BEKASI)))), 400)))
                .containsExactly("birthDate");
    }

    @Test
    void textWithControlCharactersIsA400NamingTheField() {
        JsonNode problem = assertProblem(post(BEKASI, "/api/v1/programs",
                "{\"name\":\"Tata\\u0000Boga\",\"description\":\"Kue\\u0007\"}"), 400);
        assertThat(fields(problem)).containsExactlyInAnyOrder("name", "description");
    }

    @Test
    void unitsAreAddedByAdminsAndProgrammesByStaff() {
        String code = "IT" + SERIAL.incrementAndGet();
        String unit = json("code", code, "name", "LKS " + code, "type", "LKS", "region", "Kota Semarang");
        assertProblem(post(BEKASI, "/api/v1/units", unit), 403);
        HttpResponse<String> created = post(ADMIN, "/api/v1/units", unit);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(Http.json(created).get("code").asText()).isEqualTo(code);
        assertProblem(post(ADMIN, "/api/v1/units", unit), 409);

        String programmeId = programme(BEKASI);
        List<String> ids = new ArrayList<>();
        Http.json(get(MAGELANG, "/api/v1/programs")).forEach(p -> ids.add(p.get("id").asText()));
        assertThat(ids).contains(programmeId);
    }

    @Test
    void cohortListsAreTheCoordinatorsOwnUnit() {
        String bekasiCohort = runningCohort(BEKASI, 3);
        List<String> unitIds = new ArrayList<>();
        List<String> cohortIds = new ArrayList<>();
        Http.json(get(BEKASI, "/api/v1/cohorts?status=RUNNING")).forEach(c -> {
            unitIds.add(c.get("unitId").asText());
            cohortIds.add(c.get("id").asText());
        });
        assertThat(cohortIds).contains(bekasiCohort);
        assertThat(unitIds).containsOnly(unitOf(BEKASI));
        List<String> magelangSees = new ArrayList<>();
        Http.json(get(MAGELANG, "/api/v1/cohorts")).forEach(c -> magelangSees.add(c.get("id").asText()));
        assertThat(magelangSees).doesNotContain(bekasiCohort);
        List<String> adminSees = new ArrayList<>();
        Http.json(get(ADMIN, "/api/v1/cohorts?unitId=" + unitOf(BEKASI))).forEach(c -> adminSees.add(c.get("id").asText()));
        assertThat(adminSees).contains(bekasiCohort);
    }

    /**
     * Demo mode gives each unit a completed cohort, whose graduates are the people behind the demo
     * makers, and a running one; the outcome counts the graduates' real published listings and sales.
     */
    @Test
    void theDemoUnitsHaveACompletedAndARunningCohortWithOutcomesFromTheDemoMakers() {
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        Http.json(get(BEKASI, "/api/v1/cohorts")).forEach(cohort -> byName.put(cohort.get("name").asText(), cohort));
        assertThat(byName).containsKeys("Angkatan I (demo)", "Angkatan II (demo)");
        JsonNode completed = byName.get("Angkatan I (demo)");
        assertThat(completed.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(byName.get("Angkatan II (demo)").get("status").asText()).isEqualTo("RUNNING");

        JsonNode outcomes = Http.json(get(BEKASI, "/api/v1/cohorts/" + completed.get("id").asText() + "/outcomes"));
        // Ibu Sari and Pak Darto graduated, and both sell in the demo shop; Ibu Sari's demo orders are paid.
        assertThat(outcomes.get("graduates").asInt()).isEqualTo(2);
        assertThat(outcomes.get("graduatesWithListings").asInt()).isEqualTo(2);
        assertThat(outcomes.get("graduatesWithSales").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(outcomes.get("salesTotal").asLong()).isPositive();
    }

    /** Every vocational endpoint, called by Magelang's coordinator on Bekasi's records. */
    @Test
    void anotherUnitsCoordinatorIsRefusedOnEveryVocationalEndpoint() {
        String cohortId = runningCohort(BEKASI, 5);
        String beneficiaryId = register(BEKASI, adult("Milik Bekasi"));
        String enrollmentId = Http.json(enrol(BEKASI, cohortId, beneficiaryId)).get("id").asText();
        String sessionId = session(BEKASI, cohortId, TODAY, "Batik tulis");
        String assessmentId = Http.json(assess(BEKASI, enrollmentId)).get("id").asText();
        String otherBeneficiary = register(BEKASI, adult("Juga Bekasi"));
        String bekasi = unitOf(BEKASI);
        String programmeId = programme(BEKASI);

        Map<String, Supplier<HttpResponse<String>>> calls = new LinkedHashMap<>();
        calls.put("POST cohorts", () -> post(MAGELANG, "/api/v1/cohorts", json("programId", programmeId, "unitId",
                bekasi, "name", "Bukan milikku", "startDate", TODAY.toString(), "endDate", TODAY.plusDays(30).toString(),
                "capacity", 5)));
        calls.put("GET cohorts?unitId", () -> get(MAGELANG, "/api/v1/cohorts?unitId=" + bekasi));
        calls.put("GET cohort", () -> get(MAGELANG, "/api/v1/cohorts/" + cohortId));
        calls.put("POST start", () -> post(MAGELANG, "/api/v1/cohorts/" + cohortId + "/start", ""));
        calls.put("POST complete", () -> post(MAGELANG, "/api/v1/cohorts/" + cohortId + "/complete", ""));
        calls.put("POST enrollments", () -> enrol(MAGELANG, cohortId, otherBeneficiary));
        calls.put("POST sessions", () -> post(MAGELANG, "/api/v1/cohorts/" + cohortId + "/sessions",
                json("date", TODAY.toString(), "topic", "Menyusup")));
        calls.put("GET outcomes", () -> get(MAGELANG, "/api/v1/cohorts/" + cohortId + "/outcomes"));
        calls.put("GET export.csv", () -> get(MAGELANG, "/api/v1/cohorts/" + cohortId + "/export.csv"));
        calls.put("PUT attendance", () -> put(MAGELANG, "/api/v1/sessions/" + sessionId + "/attendance",
                "[" + json("beneficiaryId", beneficiaryId, "status", "ABSENT") + "]"));
        calls.put("POST assessments", () -> assess(MAGELANG, enrollmentId));
        calls.put("POST revoke", () -> post(MAGELANG, "/api/v1/enrollments/" + enrollmentId + "/assessments/"
                + assessmentId + "/revoke", json("reason", "Menyusup")));
        calls.put("POST exemption", () -> post(MAGELANG, "/api/v1/enrollments/" + enrollmentId + "/exemption",
                json("reason", "Menyusup")));
        calls.put("POST graduate", () -> post(MAGELANG, "/api/v1/enrollments/" + enrollmentId + "/graduate", ""));
        calls.put("POST withdraw", () -> post(MAGELANG, "/api/v1/enrollments/" + enrollmentId + "/withdraw",
                json("reason", "Menyusup")));
        calls.put("POST follow-ups", () -> post(MAGELANG, "/api/v1/enrollments/" + enrollmentId + "/follow-ups",
                json("month", 3, "workStatus", "WIRAUSAHA", "incomeBand", "UNDER_500K")));
        calls.put("POST beneficiaries", () -> post(MAGELANG, "/api/v1/beneficiaries",
                json(withUnit(adult("Daftar Ke Bekasi"), bekasi))));
        calls.put("GET beneficiary", () -> get(MAGELANG, "/api/v1/beneficiaries/" + beneficiaryId));
        calls.put("POST consent", () -> post(MAGELANG, "/api/v1/beneficiaries/" + beneficiaryId + "/consent",
                json("field", "STORY", "granted", false)));
        calls.put("POST maker-profile", () -> post(MAGELANG, "/api/v1/beneficiaries/" + beneficiaryId
                + "/maker-profile", json("displayName", "Menyusup")));
        calls.put("GET admin/audit", () -> get(MAGELANG, "/api/v1/admin/audit?beneficiaryId=" + beneficiaryId));

        calls.forEach((name, call) -> {
            HttpResponse<String> response = call.get();
            assertThat(response.statusCode()).as(name + ": " + response.body()).isEqualTo(403);
            assertProblem(response, 403);
            assertThat(response.body()).as(name).doesNotContain("Milik Bekasi");
        });

        // Searching stays within the own unit: nothing of Bekasi's is found, and nothing is refused.
        HttpResponse<String> search = post(MAGELANG, "/api/v1/beneficiaries/search", "{\"q\":\"Milik Bekasi\"}");
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(Http.json(search).size()).isZero();
        // Nothing of the refused calls happened.
        JsonNode cohort = Http.json(get(BEKASI, "/api/v1/cohorts/" + cohortId));
        assertThat(cohort.get("status").asText()).isEqualTo("RUNNING");
        assertThat(cohort.get("enrolled").asInt()).isEqualTo(1);
        assertThat(cohort.get("sessions").size()).isEqualTo(1);
        // Makers are not staff.
        assertProblem(get(MAKER, "/api/v1/cohorts"), 403);
        assertProblem(get(MAKER, "/api/v1/beneficiaries/" + beneficiaryId), 403);
    }

    @Test
    void readsAreAuditedForAdminsWithoutThePrivateValues() throws IOException {
        Map<String, Object> person = adult("Kartika Auditwati");
        person.put("phone", "0899-7766-5544");
        person.put("address", "Gang Kenanga Rahasia 17");
        String beneficiaryId = register(BEKASI, person);
        HttpResponse<String> read = get(BEKASI, "/api/v1/beneficiaries/" + beneficiaryId);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("Cache-Control")).as("a private record is kept by no cache").hasValue("no-store");
        assertThat(Http.get(app().url("/api/v1/products")).headers().firstValue("Cache-Control"))
                .as("a public answer keeps its caching").isNotEqualTo(Optional.of("no-store"));
        assertThat(Http.json(read).get("fullName").asText()).isEqualTo("Kartika Auditwati");
        assertThat(Http.json(read).get("nik").asText()).startsWith("****").doesNotContain((String) person.get("nik"));
        HttpResponse<String> found = post(BEKASI, "/api/v1/beneficiaries/search", "{\"q\":\"auditwati\"}");
        assertThat(Http.json(found).size()).isEqualTo(1);
        // The words may be a NIK, which never travels in an address: that form is refused, and not audited.
        JsonNode inAddress = assertProblem(get(BEKASI, "/api/v1/beneficiaries?q=auditwati"), 400);
        assertThat(inAddress.get("errors").get(0).get("field").asText()).isEqualTo("q");

        HttpResponse<String> audit = get(ADMIN, "/api/v1/admin/audit?beneficiaryId=" + beneficiaryId);
        assertThat(audit.statusCode()).as(audit.body()).isEqualTo(200);
        JsonNode items = Http.json(audit).get("items");
        List<String> actions = new ArrayList<>();
        items.forEach(item -> {
            actions.add(item.get("action").asText());
            assertThat(item.get("username").asText()).isEqualTo(BEKASI[0]);
            assertThat(item.get("beneficiaryId").asText()).isEqualTo(beneficiaryId);
            assertThat(item.get("at").asText()).isNotBlank();
        });
        assertThat(actions).containsExactly("SEARCH", "READ", "REGISTER");
        assertThat(items.get(1).get("fields").toString()).contains("fullName", "nik", "birthDate", "phone");

        List<String> privateValues = List.of("Kartika", "Auditwati", (String) person.get("nik"),
                (String) person.get("birthDate"), "0899-7766-5544", "Kenanga");
        for (String value : privateValues) {
            assertThat(audit.body()).as("audit JSON").doesNotContain(value);
            assertThat(Files.readString(app().log())).as("application log").doesNotContain(value);
        }
        assertProblem(get(BEKASI, "/api/v1/admin/audit"), 403);
        assertThat(fields(assertProblem(get(ADMIN, "/api/v1/admin/audit?page=x"), 400))).containsExactly("page");
        // A page whose offset would overflow an int is past the end: empty, not a server error.
        HttpResponse<String> farAway = get(ADMIN, "/api/v1/admin/audit?page=21474837&size=100");
        assertThat(farAway.statusCode()).as(farAway.body()).isEqualTo(200);
        assertThat(Http.json(farAway).get("items")).isEmpty();
    }

    @Test
    void aCoordinatorsExportHasNoNikAndAnAdminsHasIt() {
        String cohortId = runningCohort(BEKASI, 3);
        Map<String, Object> person = adult("Ekspor Lestari");
        enrol(BEKASI, cohortId, register(BEKASI, person));

        HttpResponse<String> coordinator = get(BEKASI, "/api/v1/cohorts/" + cohortId + "/export.csv");
        assertThat(coordinator.statusCode()).isEqualTo(200);
        assertThat(coordinator.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(coordinator.body().lines().findFirst().orElse("")).startsWith("enrollmentId,beneficiaryId,fullName,status");
        assertThat(coordinator.body()).contains("Ekspor Lestari").doesNotContain((String) person.get("nik"));

        HttpResponse<String> admin = get(ADMIN, "/api/v1/cohorts/" + cohortId + "/export.csv");
        assertThat(admin.body().lines().findFirst().orElse("")).contains(",nik,");
        assertThat(admin.body()).contains((String) person.get("nik"));
    }

    // ---- building blocks --------------------------------------------------------------------------

    private String programme(String[] who) {
        HttpResponse<String> created = post(who, "/api/v1/programs",
                json("name", "Tata Boga IT " + SERIAL.incrementAndGet(), "description", "Kue kering dan katering"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.json(created).get("id").asText();
    }

    /** A started cohort of the coordinator's unit, from a month ago to two months ahead. */
    private String runningCohort(String[] coordinator, int capacity) {
        HttpResponse<String> created = post(coordinator, "/api/v1/cohorts", json("programId", programme(coordinator),
                "unitId", unitOf(coordinator), "name", "Angkatan IT " + SERIAL.incrementAndGet(),
                "startDate", TODAY.minusDays(30).toString(), "endDate", TODAY.plusDays(60).toString(),
                "capacity", capacity));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = Http.json(created).get("id").asText();
        HttpResponse<String> started = post(coordinator, "/api/v1/cohorts/" + id + "/start", "");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        assertThat(Http.json(started).get("status").asText()).isEqualTo("RUNNING");
        return id;
    }

    private String register(String[] coordinator, Map<String, Object> person) {
        HttpResponse<String> created = post(coordinator, "/api/v1/beneficiaries",
                json(withUnit(person, unitOf(coordinator))));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.json(created).get("id").asText();
    }

    private HttpResponse<String> enrol(String[] who, String cohortId, String beneficiaryId) {
        return post(who, "/api/v1/cohorts/" + cohortId + "/enrollments", json("beneficiaryId", beneficiaryId));
    }

    private String session(String[] who, String cohortId, LocalDate date, String topic) {
        HttpResponse<String> created = post(who, "/api/v1/cohorts/" + cohortId + "/sessions",
                json("date", date.toString(), "topic", topic));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.json(created).get("id").asText();
    }

    private HttpResponse<String> assess(String[] who, String enrollmentId) {
        return post(who, "/api/v1/enrollments/" + enrollmentId + "/assessments", json(
                "competencyUnit", "PAR.TP02.001.01 Mengolah makanan", "result", "KOMPETEN", "assessor", "LSP Pariwisata",
                "certificateNumber", "LSP-" + SERIAL.incrementAndGet(), "validUntil", TODAY.plusYears(3).toString()));
    }

    /** A fictional adult woman with a NIK that agrees with her birth date. */
    private static Map<String, Object> adult(String name) {
        return person(name, LocalDate.of(1990, 5, 17), "F", "PENYANDANG_DISABILITAS");
    }

    private static Map<String, Object> person(String name, LocalDate birthDate, String gender, String cluster) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("fullName", name);
        person.put("nik", nikFor(birthDate, gender));
        person.put("gender", gender);
        person.put("birthDate", birthDate.toString());
        person.put("cluster", cluster);
        return person;
    }

    /** Kota Semarang, the birth date (40 added to the day for women), and a serial unique in this run. */
    private static String nikFor(LocalDate birthDate, String gender) {
        int day = birthDate.getDayOfMonth() + ("F".equals(gender) ? 40 : 0);
        return "337401" + String.format("%02d", day) + birthDate.format(DateTimeFormatter.ofPattern("MMyy"))
                + String.format("%04d", SERIAL.incrementAndGet() % 10_000);
    }

    private static Map<String, Object> withUnit(Map<String, Object> person, String unitId) {
        Map<String, Object> copy = new LinkedHashMap<>(person);
        copy.put("unitId", unitId);
        return copy;
    }

    private String unitOf(String[] coordinator) {
        return Http.json(get(coordinator, "/api/v1/me")).get("unitId").asText();
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    private static String json(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return json(map);
    }

    private static String json(Map<String, Object> map) {
        try {
            return JSON.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> get(String[] who, String path) {
        return Http.get(app().url(path), who[0], who[1]);
    }

    private HttpResponse<String> post(String[] who, String path, String body) {
        return Http.post(app().url(path), who[0], who[1], body);
    }

    private HttpResponse<String> put(String[] who, String path, String body) {
        return Http.send(Http.request(app().url(path)).header("Authorization", Http.basic(who[0], who[1]))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }
}
