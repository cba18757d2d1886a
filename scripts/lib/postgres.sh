# Throwaway PostgreSQL cluster for tests (PLATFORM.md §6). Source this file, then:
#   pg_start        -> exports NOMO_TEST_PG_URL, registers nothing; call pg_stop yourself.
#                      For tests durability is off (fsync, synchronous_commit); with
#                      NOMO_PG_DURABLE=1 the cluster keeps PostgreSQL's defaults (benchmarks).
#   pg_stop
# Works as root (runs the server as the postgres user) and as a normal user.

pg_bin() {
    local bin
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [ -n "$bin" ] || { echo "postgres: no server binaries under /usr/lib/postgresql (apt-get install postgresql)" >&2; return 1; }
    echo "$bin"
}

pg_as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
    # Asks the kernel for a free port on loopback.
    /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

pg_start() {
    local bin
    bin=$(pg_bin) || return 1
    # Not under /root: the postgres user must reach the folder.
    NOMO_PG_DIR=$(mktemp -d /tmp/nomo-pg.XXXXXX)
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$NOMO_PG_DIR"
    NOMO_PG_PORT=$(free_port)
    pg_as_owner "$bin/initdb" -D "$NOMO_PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
    local durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    [ "${NOMO_PG_DURABLE:-}" = 1 ] && durability=""
    pg_as_owner "$bin/pg_ctl" -D "$NOMO_PG_DIR/data" -l "$NOMO_PG_DIR/server.log" -w -t 30 \
        -o "-c listen_addresses=127.0.0.1 -p $NOMO_PG_PORT -k $NOMO_PG_DIR $durability -c max_connections=200" \
        start >/dev/null || { cat "$NOMO_PG_DIR/server.log" >&2; return 1; }
    export NOMO_PG_DIR NOMO_PG_PORT
    export NOMO_TEST_PG_URL="postgresql://postgres@127.0.0.1:$NOMO_PG_PORT/postgres"
    echo "postgres: throwaway cluster on 127.0.0.1:$NOMO_PG_PORT"
}

pg_stop() {
    [ -n "${NOMO_PG_DIR:-}" ] && [ -d "$NOMO_PG_DIR/data" ] || return 0
    local bin
    bin=$(pg_bin) || return 0
    pg_as_owner "$bin/pg_ctl" -D "$NOMO_PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$NOMO_PG_DIR"
    unset NOMO_PG_DIR
}
