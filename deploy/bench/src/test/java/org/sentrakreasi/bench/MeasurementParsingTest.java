package org.sentrakreasi.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sentrakreasi.bench.WrkLoad.LoadResult;

class MeasurementParsingTest {

    @Test
    void readsTheEngineMetricOfServerTiming() {
        assertThat(ServerTiming.duration(Optional.of("engine;dur=12.5"), "engine")).hasValue(12.5);
        assertThat(ServerTiming.duration(Optional.of("db;dur=3, engine;desc=\"Lucene\";dur=0.42"), "engine"))
                .hasValue(0.42);
        assertThat(ServerTiming.duration(Optional.of("db;dur=3"), "engine")).isEmpty();
        assertThat(ServerTiming.duration(Optional.of("engine;dur=abc"), "engine")).isEmpty();
        assertThat(ServerTiming.duration(Optional.empty(), "engine")).isEmpty();
    }

    @Test
    void percentilesAreNearestRank() {
        List<Double> hundred = new java.util.ArrayList<>();
        for (int i = 100; i >= 1; i--) {
            hundred.add((double) i);
        }
        Percentiles p = Percentiles.of(hundred);

        assertThat(p.count()).isEqualTo(100);
        assertThat(p.p50()).isEqualTo(50.0);
        assertThat(p.p95()).isEqualTo(95.0);
        assertThat(p.p99()).isEqualTo(99.0);
        assertThat(Percentiles.of(List.of(7.0)).p99()).isEqualTo(7.0);
        assertThat(Percentiles.of(List.of()).isEmpty()).isTrue();
    }

    @Test
    void parsesTheLineTheWrkScriptPrints() {
        String output = """
                Running 3s test @ http://localhost:8181
                  2 threads and 8 connections
                BENCH_RESULT p50_us=12345 p95_us=45000 p99_us=98765 requests=1500 duration_us=3001000 errors=2 non2xx=1 rps=499.83
                """;

        LoadResult result = WrkLoad.parse(8, 2, output).orElseThrow();

        assertThat(result.p50()).isEqualTo(12.345);
        assertThat(result.p95()).isEqualTo(45.0);
        assertThat(result.p99()).isEqualTo(98.765);
        assertThat(result.requests()).isEqualTo(1500);
        assertThat(result.requestsPerSecond()).isEqualTo(499.83);
        assertThat(result.errors()).isEqualTo(2);
        assertThat(result.engine().isEmpty()).isTrue();
        assertThat(result.search().isEmpty()).isTrue();
        assertThat(WrkLoad.parse(8, 2, "unable to connect")).isEmpty();
    }

    @Test
    void readsTheEngineTimeAndSearchCallOfTheSameAnswersWhenTheScriptFoundThem() {
        String output = """
                BENCH_ENGINE count=1490 p50_us=6100 p95_us=14250 p99_us=20001
                BENCH_SEARCH count=1490 p50_us=6400 p95_us=15000 p99_us=21500
                BENCH_RESULT p50_us=7000 p95_us=16000 p99_us=22000 requests=1500 duration_us=3001000 errors=0 non2xx=0 rps=499.83
                """;

        WrkLoad.LoadResult result = WrkLoad.parse(1, 1, output).orElseThrow();
        Percentiles engine = result.engine();
        Percentiles search = result.search();

        assertThat(engine.count()).isEqualTo(1490);
        assertThat(engine.p50()).isEqualTo(6.1);
        assertThat(engine.p95()).isEqualTo(14.25);
        assertThat(engine.p99()).isEqualTo(20.001);
        assertThat(search.count()).isEqualTo(1490);
        assertThat(search.p50()).isEqualTo(6.4);
        assertThat(search.p95()).isEqualTo(15.0);
        assertThat(search.p99()).isEqualTo(21.5);
    }

    @Test
    void theWrkScriptListsEveryQueryPath() throws IOException {
        List<SearchRequest> queries = QuerySet.standard();
        String script = WrkLoad.script(queries.stream().map(SearchRequest::path).toList(), "application/json");

        assertThat(script).doesNotContain("--PATHS--").doesNotContain("--ACCEPT--")
                .contains("function done(summary, latency, requests)").contains("\"application/json\"");
        assertThat(queries).allSatisfy(q -> assertThat(script).contains("\"" + q.path() + "\","));
    }

    @Test
    void optionsHaveTheDocumentedDefaults() {
        BenchOptions defaults = BenchOptions.parse();
        BenchOptions given = BenchOptions.parse("--base-url", "http://localhost:8181", "--products", "3000",
                "--duration", "3", "--rounds", "1", "--label", "lucene", "--connections", "1,4", "--warm-up", "0");

        assertThat(defaults.baseUrl()).isEqualTo("http://localhost:8080");
        assertThat(defaults.products()).isEqualTo(100_000);
        assertThat(defaults.connections()).containsExactly(1, 8, 32);
        assertThat(defaults.durationSeconds()).isEqualTo(30);
        assertThat(defaults.rounds()).isEqualTo(5);
        assertThat(defaults.warmUpSeconds()).isEqualTo(300);
        assertThat(given.warmUpSeconds()).isZero();
        assertThat(given.products()).isEqualTo(3000);
        assertThat(given.connections()).containsExactly(1, 4);
        assertThat(given.csv().getFileName().toString()).isEqualTo("bench-catalog-3000-42.csv");
        assertThatThrownBy(() -> BenchOptions.parse("--bogus", "1")).hasMessage("Unknown option --bogus");
        assertThatThrownBy(() -> BenchOptions.parse("--products")).hasMessage("Missing value after --products");
        assertThatThrownBy(() -> BenchOptions.parse("--products", "0")).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> BenchOptions.parse("--warm-up", "-1")).hasMessageContaining("not be negative");
    }

    @Test
    void contentionWarmsUpForAHundredRoundsAndSumsThemInOneRow() {
        ContentionOptions defaults = ContentionOptions.parse();
        assertThat(defaults.warmUpRounds()).isEqualTo(100);
        assertThat(defaults.rounds()).isEqualTo(10);

        ContentionOptions options = ContentionOptions.parse("--buyers", "3", "--stock", "1");
        ContentionRound good = round("warm-up 1", 1, 0, 201, 409, 409);
        ContentionRound oversold = round("warm-up 2", 1, 0, 201, 201, 409);
        String md = new ContentionReport(options, List.of(good, oversold), List.of(round("round 1", 1, 0, 409, 201, 409)))
                .markdown();

        assertThat(md).contains("| warm-up, 2 rounds | 3 | 3 | 0 | 0 | 2.0 | 3.0 | 3.0 | **NO** |")
                .contains("| round 1 | 1 | 2 | 0 | 0 |")
                .doesNotContain("| warm-up 1 |");
    }

    @Test
    void importReportHasARowPerImportAndJudgesEachAgainstTheTarget() {
        ImportOptions defaults = ImportOptions.parse();
        assertThat(defaults.imports()).isEqualTo(3);
        assertThat(defaults.catalog().products()).isEqualTo(100_000);
        assertThatThrownBy(() -> ImportOptions.parse("--skip-import")).hasMessageContaining("measures imports");

        ImportOptions options = ImportOptions.parse("--products", "1000", "--imports", "2", "--rate-target", "400");
        String md = new ImportReport(options, List.of(imported(1000, 0, 4.0), imported(1000, 10, 2.0))).markdown();

        assertThat(md).contains("| 1 (just-started JVM) | 0 | 4.0 | 250 | 0 | 0.5 s |")
                .contains("| 2 | 1,000 | 2.0 | 500 | 10 | 0.5 s |")
                .contains("- import 1: 250 rows/s, not met")
                .contains("- import 2: 500 rows/s, met");
    }

    private static CatalogSetup.PreparedCatalog imported(long rows, long failed, double seconds) {
        return new CatalogSetup.PreparedCatalog(new CatalogImport.ImportResult(rows, rows, failed, seconds, 0),
                new SearchCatchUp.CatchUp(true, 0.5, rows, rows), rows);
    }

    /** A round whose answers took 1, 2, 3 ... ms in the order given. */
    private static ContentionRound round(String label, int stock, long finalStock, int... statuses) {
        List<CheckoutRush.Answer> answers = new java.util.ArrayList<>();
        for (int i = 0; i < statuses.length; i++) {
            answers.add(new CheckoutRush.Answer(statuses[i], statuses[i] == 409 ? "https://x/problems/out-of-stock" : "",
                    i + 1));
        }
        return new ContentionRound(label, "7", stock, answers, finalStock);
    }
}
