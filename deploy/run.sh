#!/usr/bin/env bash
# Runs Sentra Kreasi ATENSI with demo data on http://localhost:8080 (embedded H2 in ./data).
# Builds the Payara Micro uber-jar first when it is missing or older than the sources.
#   ./deploy/run.sh                 # port 8080, demo data
#   ./deploy/run.sh --port 9090     # any Payara Micro option is passed on
#   SENTRAKREASI_DEMO=false ./deploy/run.sh   # no demo data and no demo accounts
# Ctrl-C stops it cleanly; the data stays in ./data for the next start.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=$(ls deploy/target/deploy-*-microbundle.jar 2>/dev/null | head -n 1 || true)
if [ -z "$jar" ] || [ -n "$(find pom.xml catalog vocational storefront deploy/pom.xml -newer "$jar" \
        -not -path '*/target/*' -type f -print -quit)" ]; then
    echo "Building the application (first time: a few minutes while Maven downloads dependencies)..."
    mvn -B -q -DskipTests package
    jar=$(ls deploy/target/deploy-*-microbundle.jar | head -n 1)
fi

payara_options=(--nocluster)
case " $* " in
    *" --port "*) ;;
    *) payara_options+=(--port "${PORT:-8080}") ;;
esac

# JVM options go before -jar; Payara Micro options after it.
exec java ${JAVA_OPTS:--Xmx512m} \
    -Djava.awt.headless=true \
    -Dsentrakreasi.demo="${SENTRAKREASI_DEMO:-true}" \
    -jar "$jar" "${payara_options[@]}" "$@"
