#!/usr/bin/env bash
# Installs the two Debian packages on this machine (root), runs the daemon the way its
# systemd unit does — the unit's own ExecStartPre and ExecStart, as the unit's user —
# checks webhooks and the console API against it, runs the installed console
# offscreen, stops the daemon with SIGTERM, then purges both packages and checks
# nothing of them is left but the system user (Debian keeps those).
# Usage: tests/packaging/install_test.sh build/packages
set -euo pipefail
packages=$(cd "$1" && pwd)
fixtures=$(cd "$(dirname "$0")/../data/salla" && pwd)
[ "$(id -u)" -eq 0 ] || { echo "install_test: needs root (it installs packages)"; exit 1; }
work=$(mktemp -d)
daemon_pid=""
cleanup() {
    [ -n "$daemon_pid" ] && kill "$daemon_pid" 2>/dev/null || true
    rm -rf "$work"
    rm -f /etc/nomo-flow/nomo-daemon.env
}
trap cleanup EXIT
fail() { echo "install_test: FAIL: $*" >&2; [ -f "$work/daemon.log" ] && tail -20 "$work/daemon.log" >&2; exit 1; }
step() { echo "install_test: $*"; }

step "installing $(cd "$packages" && ls ./*.deb | tr '\n' ' ')"
DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$packages"/nomo-daemon_*.deb "$packages"/nomo-console_*.deb >"$work/apt.log" 2>&1 \
    || { cat "$work/apt.log"; fail "apt-get install"; }
getent passwd nomo >/dev/null || fail "no nomo user"
[ "$(stat -c %U:%a /var/lib/nomo-flow)" = "nomo:750" ] || fail "state directory is $(stat -c %U:%a /var/lib/nomo-flow)"
dpkg-query -W -f='${Conffiles}\n' nomo-daemon | grep -q /etc/nomo-flow/nomo-daemon.conf || fail "the config is not a conffile"
[ -x /usr/bin/nomo-daemon ] && [ -x /usr/bin/nomo-console ] || fail "binaries missing"

unit=/usr/lib/systemd/system/nomo-daemon.service
user=$(sed -n 's/^User=//p' "$unit")
pre=$(sed -n 's/^ExecStartPre=//p' "$unit")
start=$(sed -n 's/^ExecStart=//p' "$unit")
[ "$user" = "nomo" ] || fail "the unit runs as '$user'"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
secret=install-test-secret
# The unit's EnvironmentFile: secrets and overrides stay out of the conffile.
printf 'NOMO_SALLA_WEBHOOK_SECRET=%s\nNOMO_HTTP_LISTEN=127.0.0.1:%s\n' "$secret" "$port" >/etc/nomo-flow/nomo-daemon.env
chmod 0600 /etc/nomo-flow/nomo-daemon.env
# The unit's user, UMask, StateDirectory and EnvironmentFile, as systemd would set them.
umask "$(sed -n 's/^UMask=//p' "$unit")"
# shellcheck disable=SC2207
as_unit=(setpriv --reuid nomo --regid nomo --init-groups --reset-env
         env STATE_DIRECTORY=/var/lib/nomo-flow $(cat /etc/nomo-flow/nomo-daemon.env))
step "ExecStartPre: $pre"
# shellcheck disable=SC2086
"${as_unit[@]}" $pre >"$work/check.log" 2>&1 || { cat "$work/check.log"; fail "ExecStartPre"; }
step "ExecStart: $start (as $user)"
# shellcheck disable=SC2086
"${as_unit[@]}" $start >"$work/daemon.out" 2>"$work/daemon.log" &
daemon_pid=$!
for _ in $(seq 100); do curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break; sleep 0.1; done
curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null || fail "/healthz"
curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null || fail "/readyz"

webhook() { # file, signature
    curl -sS -o /dev/null -w '%{http_code}' -X POST "http://127.0.0.1:$port/webhooks/salla" \
        -H 'Content-Type: application/json' -H 'X-Salla-Security-Strategy: Signature' \
        -H "X-Salla-Signature: $2" --data-binary "@$1"
}
body="$fixtures/app_store_authorize_webhook.json"
signature=$(openssl dgst -sha256 -hmac "$secret" -hex <"$body" | sed 's/^.*= //')
[ "$(webhook "$body" 0000)" = "401" ] || fail "a badly signed webhook was not refused"
[ "$(webhook "$body" "$signature")" = "200" ] || fail "a signed webhook was not taken"
merchant=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["merchant"])' "$body")
for _ in $(seq 100); do
    token=$("${as_unit[@]}" /usr/bin/nomo-daemon --config /etc/nomo-flow/nomo-daemon.conf device-token --merchant "$merchant" --name install-test 2>/dev/null \
            | python3 -c 'import json,sys; print(json.loads(sys.stdin.readline())["access_token"])' 2>/dev/null) && break
    sleep 0.1
done
[ -n "${token:-}" ] || fail "no console token for store $merchant"
[ "$(curl -sS -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/v1/status")" = "401" ] || fail "the console API took no token"
curl -fsS -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/status" >"$work/status.json" || fail "/api/v1/status"
grep -q "\"$merchant\"\|$merchant" "$work/status.json" || fail "status is not about store $merchant: $(cat "$work/status.json")"
[ "$(stat -c %U:%a /var/lib/nomo-flow/nomo.db)" = "nomo:600" ] || fail "the database is $(stat -c %U:%a /var/lib/nomo-flow/nomo.db)"

step "the installed console, offscreen"
QT_QPA_PLATFORM=offscreen HOME="$work" /usr/bin/nomo-console --data-dir "$work/console" --lang ar \
    --screenshot "$work/console.png" --screen overview >"$work/console.log" 2>&1 || { cat "$work/console.log"; fail "nomo-console"; }
[ -s "$work/console.png" ] || fail "the console drew nothing"

step "SIGTERM"
kill -TERM "$daemon_pid"
wait "$daemon_pid" && status=0 || status=$?
daemon_pid=""
[ "$status" = 0 ] || fail "the daemon exited $status on SIGTERM"

step "purging"
DEBIAN_FRONTEND=noninteractive apt-get purge -y -q nomo-daemon nomo-console >"$work/purge.log" 2>&1 || { cat "$work/purge.log"; fail "purge"; }
for gone in /usr/bin/nomo-daemon /usr/bin/nomo-console /var/lib/nomo-flow /etc/nomo-flow/nomo-daemon.conf "$unit"; do
    [ ! -e "$gone" ] || fail "$gone is left after purge"
done
step "ok"
