#!/usr/bin/env bash
# The demo's shoppers: page views on each store's pages through the storefront's own
# beacon call, as the visits module sends them from a browser (two a second a store,
# forty shoppers, five pages). They count once the merchant switches visitor data or
# the live counter on; until then the daemon answers that the tool is off, and the
# Visitors report and the counter card start moving the moment it is switched on.
# Usage: demo-shoppers.sh DAEMON_URL ORIGIN STORE...
set -u
url=$1 origin=$2
shift 2
pages=(/ /oud/p1562093847 /category/perfumes /musk/p1562093848 /amber/p1562093849)
while sleep 0.5; do
    for store in "$@"; do
        page=${pages[$((RANDOM % ${#pages[@]}))]}
        product=""
        [[ $page =~ /p([0-9]+)$ ]] && product=",\"product\":${BASH_REMATCH[1]}"
        curl -s -o /dev/null -X POST "$url/s/$store/collect" \
            -H 'Content-Type: text/plain;charset=UTF-8' -H "Origin: $origin" \
            -A "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Mobile Safari/604.1 demo-shopper-$((RANDOM % 40))" \
            -d "{\"lang\":\"ar\",\"referrer\":\"https://www.instagram.com/\",\"utm_source\":\"instagram\",\"events\":[{\"type\":\"pageview\",\"path\":\"$page\"$product}]}"
    done
done
