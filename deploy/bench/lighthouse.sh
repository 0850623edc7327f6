#!/usr/bin/env bash
# Lighthouse (performance and accessibility, mobile and desktop) on the storefront's home, a search page
# and a product page, printed as a Markdown table (see deploy/bench/README.md).
#   deploy/bench/lighthouse.sh                          # starts the built application with demo data, measures, stops it
#   deploy/bench/lighthouse.sh http://localhost:8080    # measures an application that is already running
# Environment: CHROME_PATH (default /usr/bin/chromium), LIGHTHOUSE (a lighthouse executable; default: the
# pinned version, installed with npm into LIGHTHOUSE_HOME, default ~/.cache/sentrakreasi-lighthouse),
# SEARCH_WORDS (default batik), and when it starts the application APP_JAR and PORT as run.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."

# 12.x: Lighthouse 13 needs Node 22.
lighthouse_version=12.8.2
performance_target=90
accessibility_target=95

export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
if [ ! -x "$CHROME_PATH" ]; then
    echo "No Chrome or Chromium at $CHROME_PATH: install one (apt-get install chromium) or set CHROME_PATH." >&2
    exit 3
fi
if ! command -v node >/dev/null; then
    echo "Node.js is not on the PATH: Lighthouse $lighthouse_version needs Node 18.20 or later." >&2
    exit 3
fi
lighthouse=${LIGHTHOUSE:-}
if [ -z "$lighthouse" ]; then
    lighthouse_home=${LIGHTHOUSE_HOME:-$HOME/.cache/sentrakreasi-lighthouse}
    lighthouse=$lighthouse_home/node_modules/.bin/lighthouse
    if [ ! -x "$lighthouse" ] || ! "$lighthouse" --version 2>/dev/null | grep -qx "$lighthouse_version"; then
        if ! command -v npm >/dev/null; then
            echo "npm is not on the PATH: it installs Lighthouse $lighthouse_version (or set LIGHTHOUSE to one)." >&2
            exit 3
        fi
        echo "Installing Lighthouse $lighthouse_version into $lighthouse_home ..."
        mkdir -p "$lighthouse_home"
        npm install --prefix "$lighthouse_home" --no-audit --no-fund --loglevel=error "lighthouse@$lighthouse_version"
    fi
fi

if [ $# -ge 1 ]; then
    base_url=${1%/}
else
    # shellcheck source=deploy/bench/app.sh
    source deploy/bench/app.sh
    bench_check_app
    bench_start_app lighthouse
fi

# A product page with a photo, as most real ones have: the first listing of the newest with one.
product_slug=$(curl -sf "$base_url/api/v1/products?size=100" | node -e '
    let text = ""; process.stdin.on("data", (d) => (text += d)).on("end", () => {
        const items = JSON.parse(text).items;
        const product = items.find((item) => item.imageUrl) || items[0];
        if (product) console.log(product.slug);
    });')
if [ -z "$product_slug" ]; then
    echo "$base_url lists no published product: nothing to take a product page from." >&2
    exit 1
fi
pages=("home=/" "search=/cari?q=${SEARCH_WORDS:-batik}" "product=/p/$product_slug")

out=deploy/bench/target/lighthouse
mkdir -p "$out"
# The first requests of a just-started JVM run through code it has not compiled yet; a visitor of
# a running shop would not wait for that, so every page is fetched a few times first.
for page in "${pages[@]}"; do
    for _ in 1 2 3 4 5; do
        curl -s -o /dev/null "$base_url${page#*=}"
    done
done

reports=()
for page in "${pages[@]}"; do
    name=${page%%=*}
    for form_factor in mobile desktop; do
        preset=()
        if [ "$form_factor" = desktop ]; then
            preset=(--preset=desktop)
        fi
        report="$out/$name-$form_factor.json"
        echo "Lighthouse: $name ($form_factor) $base_url${page#*=} ..."
        "$lighthouse" "$base_url${page#*=}" "${preset[@]}" --only-categories=performance,accessibility \
            --chrome-flags="--headless=new --no-sandbox" --output=json --output-path="$report" --quiet
        reports+=("$name ($form_factor)=$report")
    done
done

echo
echo "### Lighthouse $lighthouse_version, $base_url (reports in $out)"
echo
node deploy/bench/lighthouse-summary.js "$performance_target" "$accessibility_target" "${reports[@]}"
