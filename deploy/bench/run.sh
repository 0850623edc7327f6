#!/usr/bin/env bash
# Starts the built application on a fresh data directory, runs the search benchmark against it, and
# stops it again (see deploy/bench/README.md).
#   deploy/bench/run.sh lucene                                  # 100,000 products, 30 s per wrk run
#   deploy/bench/run.sh lucene --products 3000 --duration 3 --rounds 1
#   ES_URL=http://localhost:9200 deploy/bench/run.sh elasticsearch
# Environment: APP_JAR (default deploy/target/deploy-*-microbundle.jar), PORT (default 8181),
# ES_URL (required for elasticsearch), BENCH_MAVEN_ARGS (extra Maven arguments, e.g. -o).
# The benchmark jar is built first (deploy/bench/target/bench-*.jar, dependencies in target/lib).
set -euo pipefail
cd "$(dirname "$0")/../.."

usage() {
    echo "Usage: deploy/bench/run.sh lucene|elasticsearch [Bench options...]" >&2
    echo "       (Bench options: --products N --seed S --duration SECONDS --rounds R --csv PATH ...)" >&2
    exit 2
}

[ $# -ge 1 ] || usage
backend=$1
shift
port=${PORT:-8181}

backend_options=()
case "$backend" in
    lucene) ;;
    elasticsearch)
        if [ -z "${ES_URL:-}" ]; then
            echo "ES_URL is not set: point it at a running Elasticsearch 8.x with the Indonesian analysis," >&2
            echo "e.g. ES_URL=http://localhost:9200 deploy/bench/run.sh elasticsearch" >&2
            exit 2
        fi
        backend_options=(-Dsentrakreasi.search.backend=elasticsearch "-Dsentrakreasi.search.url=$ES_URL")
        ;;
    *) usage ;;
esac

jar=${APP_JAR:-$(ls deploy/target/deploy-*-microbundle.jar 2>/dev/null | head -n 1 || true)}
if [ -z "$jar" ] || [ ! -f "$jar" ]; then
    echo "No application jar: build it with 'mvn -DskipTests package' or set APP_JAR." >&2
    exit 2
fi
if ! command -v wrk >/dev/null; then
    echo "wrk (the HTTP load tool) is not on the PATH: install it with: apt-get install wrk" >&2
    exit 3
fi
base_url="http://localhost:$port"
if curl -s -o /dev/null --max-time 2 "$base_url/health"; then
    echo "Something already answers on port $port; stop it or choose another with PORT=..." >&2
    exit 2
fi

# Built before the application starts, so that a build problem costs no start-up and the build
# does not compete with the application for the 2 cores.
# shellcheck disable=SC2086
mvn -q ${BENCH_MAVEN_ARGS:-} -f deploy/bench/pom.xml -DskipTests package
bench_jar=$(ls deploy/bench/target/bench-*.jar | head -n 1)

# A fresh data directory: the catch-up check counts listings, so an earlier run's must not be there.
run_dir="deploy/bench/target/run-$backend"
rm -rf "$run_dir"
mkdir -p "$run_dir/data"
log="$run_dir/app.log"

# JVM options before -jar, Payara Micro options after it.
echo "Starting $jar ($backend) on port $port, log in $log ..."
java -Xmx1g -Djava.awt.headless=true -Dsentrakreasi.demo=true \
    "-Dsentrakreasi.data.dir=$(pwd)/$run_dir/data" "${backend_options[@]}" \
    -jar "$jar" --nocluster --port "$port" >"$log" 2>&1 &
app_pid=$!

stop_app() {
    if kill -0 "$app_pid" 2>/dev/null; then
        echo "Stopping the application (pid $app_pid) ..."
        kill "$app_pid" 2>/dev/null || true
        wait "$app_pid" 2>/dev/null || true
    fi
}
trap stop_app EXIT
trap 'exit 130' INT TERM

deadline=$((SECONDS + 180))
until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$base_url/health/ready" || true)" = 200 ]; do
    if ! kill -0 "$app_pid" 2>/dev/null; then
        echo "The application stopped while starting; last lines of $log:" >&2
        tail -n 30 "$log" >&2
        exit 1
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
        echo "Not ready after 180 s; last lines of $log:" >&2
        tail -n 30 "$log" >&2
        exit 1
    fi
    sleep 1
done
echo "Ready after $SECONDS s."

java -jar "$bench_jar" --base-url "$base_url" --label "$backend" "$@"
