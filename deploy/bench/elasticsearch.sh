#!/usr/bin/env bash
# Starts the Elasticsearch 8.19 server the build tests against (the integ-test-zip distribution with the
# project's analysis plugin, unpacked into deploy/target/elasticsearch by `mvn verify`), for benchmarking
# by hand: single node on 127.0.0.1:${ES_PORT:-9200}, heap ${ES_HEAP:-1g}, as user nobody when run as root
# (Elasticsearch refuses root). Ctrl-C stops it.
#   deploy/bench/elasticsearch.sh &
#   ES_URL=http://127.0.0.1:9200 deploy/bench/run.sh elasticsearch
set -euo pipefail
cd "$(dirname "$0")/../.."

home=$(ls -d deploy/target/elasticsearch/elasticsearch-* 2>/dev/null | head -n 1 || true)
if [ -z "$home" ] || [ ! -d "$home/plugins/sentrakreasi-analysis" ]; then
    echo "No Elasticsearch with the analysis plugin in deploy/target/elasticsearch: run 'mvn verify' once first." >&2
    exit 2
fi
home=$(cd "$home" && pwd)
run=$(pwd)/deploy/bench/target/elasticsearch
rm -rf "$run"
mkdir -p "$run/data" "$run/logs" "$run/tmp"
cp -r "$home/config" "$run/config"
as_nobody=()
if [ "$(id -u)" = 0 ]; then
    chown -R 65534:65534 "$run"
    as_nobody=(setpriv --reuid=65534 --regid=65534 --clear-groups --)
fi
export ES_JAVA_HOME=${ES_JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
export ES_PATH_CONF=$run/config ES_TMPDIR=$run/tmp ES_JAVA_OPTS="-Xms${ES_HEAP:-1g} -Xmx${ES_HEAP:-1g}"
unset JAVA_TOOL_OPTIONS
exec "${as_nobody[@]}" "$home/bin/elasticsearch" -Ediscovery.type=single-node -Enetwork.host=127.0.0.1 \
    -Ehttp.port="${ES_PORT:-9200}" -Epath.data="$run/data" -Epath.logs="$run/logs" \
    -Expack.security.enabled=false -Ecluster.routing.allocation.disk.threshold_enabled=false
