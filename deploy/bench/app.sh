# Shared by run.sh and lighthouse.sh (sourced, not run): builds the benchmark jar, starts the built
# application on a fresh data directory with demo data, waits until it is ready and stops it again on
# exit, also on failure or Ctrl-C. Expects to be sourced from the repository root with set -euo pipefail.
# Environment: APP_JAR (default deploy/target/deploy-*-microbundle.jar), PORT (default 8181),
# BENCH_MAVEN_ARGS (extra Maven arguments for the benchmark build, e.g. -o), APP_JAVA_OPTS (extra JVM
# options for the application, e.g. a profiler agent or JIT logging).

port=${PORT:-8181}
base_url="http://localhost:$port"
app_pid=

# Exits unless the application jar exists and nothing answers on the port yet.
bench_check_app() {
    app_jar=${APP_JAR:-$(ls deploy/target/deploy-*-microbundle.jar 2>/dev/null | head -n 1 || true)}
    if [ -z "$app_jar" ] || [ ! -f "$app_jar" ]; then
        echo "No application jar: build it with 'mvn -DskipTests package' or set APP_JAR." >&2
        exit 2
    fi
    if curl -s -o /dev/null --max-time 2 "$base_url/health"; then
        echo "Something already answers on port $port; stop it or choose another with PORT=..." >&2
        exit 2
    fi
}

bench_require_wrk() {
    if ! command -v wrk >/dev/null; then
        echo "wrk (the HTTP load tool) is not on the PATH: install it with: apt-get install wrk" >&2
        exit 3
    fi
}

# Builds the benchmark module and sets bench_jar. Built before the application starts, so that a
# build problem costs no start-up and the build does not compete with the application for the 2 cores.
bench_build() {
    # shellcheck disable=SC2086
    mvn -q ${BENCH_MAVEN_ARGS:-} -f deploy/bench/pom.xml -DskipTests package
    bench_jar=$(ls deploy/bench/target/bench-*.jar | head -n 1)
}

bench_stop_app() {
    if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
        echo "Stopping the application (pid $app_pid) ..."
        kill "$app_pid" 2>/dev/null || true
        wait "$app_pid" 2>/dev/null || true
    fi
}

# bench_start_app RUN_NAME [JVM options...]: starts the jar with -Xmx1g and demo data on a fresh data
# directory deploy/bench/target/run-RUN_NAME/ (log: app.log there) and waits up to 180 s for
# /health/ready. Fresh, because the search benchmark's catch-up check counts listings: an earlier
# run's must not be there.
bench_start_app() {
    local name=$1
    shift
    run_dir="deploy/bench/target/run-$name"
    rm -rf "$run_dir"
    mkdir -p "$run_dir/data"
    local log="$run_dir/app.log"
    # JVM options before -jar, Payara Micro options after it.
    echo "Starting $app_jar ($name) on port $port, log in $log ..."
    # shellcheck disable=SC2086
    java -Xmx1g ${APP_JAVA_OPTS:-} -Djava.awt.headless=true -Dsentrakreasi.demo=true \
        "-Dsentrakreasi.data.dir=$(pwd)/$run_dir/data" "$@" \
        -jar "$app_jar" --nocluster --port "$port" >"$log" 2>&1 &
    app_pid=$!
    trap bench_stop_app EXIT
    trap 'exit 130' INT TERM

    local started=$SECONDS
    local deadline=$((SECONDS + 180))
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
    echo "Ready after $((SECONDS - started)) s."
}
