#!/usr/bin/env bash
# Starts the built application on a fresh data directory, runs one benchmark against it, and stops it
# again (see deploy/bench/README.md).
#   deploy/bench/run.sh lucene                                  # search: 100,000 products, 30 s per wrk run
#   deploy/bench/run.sh lucene --products 3000 --duration 3 --rounds 1
#   ES_URL=http://localhost:9200 deploy/bench/run.sh elasticsearch
#   deploy/bench/run.sh contention                              # 200 buyers, stock 10, 5 rounds
#   deploy/bench/run.sh pages                                   # search and product pages at 100,000 products
#   deploy/bench/run.sh import                                  # three imports of 100,000 new products each
# Environment: APP_JAR (default deploy/target/deploy-*-microbundle.jar), PORT (default 8181),
# ES_URL (required for elasticsearch), BENCH_MAVEN_ARGS (extra Maven arguments, e.g. -o),
# APP_JAVA_OPTS (extra JVM options for the application).
# The benchmark jar is built first (deploy/bench/target/bench-*.jar, dependencies in target/lib).
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=deploy/bench/app.sh
source deploy/bench/app.sh

usage() {
    echo "Usage: deploy/bench/run.sh lucene|elasticsearch|contention|pages|import [options...]" >&2
    echo "       (options of each: java -cp deploy/bench/target/bench-*.jar org.sentrakreasi.bench.<Bench|ContentionBench|PageBench|ImportBench> --help)" >&2
    exit 2
}

[ $# -ge 1 ] || usage
benchmark=$1
shift

backend_options=()
case "$benchmark" in
    lucene) main=org.sentrakreasi.bench.Bench ;;
    elasticsearch)
        if [ -z "${ES_URL:-}" ]; then
            echo "ES_URL is not set: point it at a running Elasticsearch 8.x with the Indonesian analysis," >&2
            echo "e.g. ES_URL=http://localhost:9200 deploy/bench/run.sh elasticsearch" >&2
            exit 2
        fi
        main=org.sentrakreasi.bench.Bench
        backend_options=(-Dsentrakreasi.search.backend=elasticsearch "-Dsentrakreasi.search.url=$ES_URL")
        ;;
    contention) main=org.sentrakreasi.bench.ContentionBench ;;
    pages) main=org.sentrakreasi.bench.PageBench ;;
    import) main=org.sentrakreasi.bench.ImportBench ;;
    *) usage ;;
esac

for option in "$@"; do
    if [ "$option" = --help ] || [ "$option" = -h ]; then
        bench_build
        exec java -cp "$bench_jar" "$main" --help
    fi
done

bench_check_app
case "$benchmark" in
    contention|import) ;;
    *) bench_require_wrk ;;
esac
bench_build
bench_start_app "$benchmark" "${backend_options[@]}"

label_options=()
if [ "$main" = org.sentrakreasi.bench.Bench ]; then
    label_options=(--label "$benchmark")
fi
java -cp "$bench_jar" "$main" --base-url "$base_url" "${label_options[@]}" "$@"
