#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for Parallax's tests and benchmarks, listening on 127.0.0.1 only.
#
#   pg-test-cluster.sh start DIR [PORT]     make (first time: initdb) and start a cluster in DIR; PORT 0 or left out
#                                            picks a free local port. Prints, one per line on stdout:
#                                              PARALLAX_TEST_POSTGRES=postgresql://parallax@127.0.0.1:PORT/postgres
#                                              PARALLAX_TEST_POSTGRES_PASSWORD_URL=postgresql://parallax_pw@127.0.0.1:PORT/postgres
#                                              PARALLAX_TEST_POSTGRES_PASSWORD=<parallax_pw's password>
#                                              PARALLAX_TEST_POSTGRES_RESTART=bash <this script> restart DIR
#                                            Starting a cluster that already runs only prints these lines again.
#   pg-test-cluster.sh stop DIR             stops it (nothing to do when it is not running); the files stay
#   pg-test-cluster.sh restart DIR [SECS]   stops it, keeps it down SECS seconds (default 0), starts it again on the
#                                            same port: fault tests use it to take the server away mid-work
#   pg-test-cluster.sh status DIR           exit 0 when it runs
#
# Roles: postgres (superuser), parallax (LOGIN CREATEDB CREATEROLE, trusted on 127.0.0.1: the tests' role) and
# parallax_pw (LOGIN CREATEDB, scram password, for the password and ~/.pgpass tests). Run as root, the server runs as
# the user postgres (PostgreSQL refuses to run as root) and DIR is handed to that user. With openssl present the server
# also accepts TLS (self-signed certificate), so sslmode=require can be tested.
set -euo pipefail

PASSWORD=parallax-test-password

die() { echo "pg-test-cluster: $*" >&2; exit 1; }

find_bin() {
    local name=$1 found
    if found=$(command -v "$name" 2>/dev/null); then echo "$found"; return; fi
    # Debian keeps the server programs off PATH, under /usr/lib/postgresql/<version>/bin: take the newest
    found=$(ls -d /usr/lib/postgresql/*/bin/"$name" 2>/dev/null | sort -V | tail -n 1 || true)
    [ -n "$found" ] || die "$name not found on PATH or under /usr/lib/postgresql/*/bin; install PostgreSQL (Debian: apt-get install postgresql)"
    echo "$found"
}

# as_server CMD...: runs CMD as the user that owns the cluster (postgres when we are root)
as_server() {
    if [ "$(id -u)" = 0 ]; then
        id postgres >/dev/null 2>&1 || die "running as root needs the user postgres to run the server (Debian's postgresql package creates it)"
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

free_port() {
    local p
    for _ in $(seq 1 200); do
        p=$(( 20000 + RANDOM % 30000 ))
        # nothing answers on it: free (the server takes it a moment later; a clash makes start fail loudly)
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi
    done
    die "no free local port found"
}

configured_port() {
    sed -n "s/^port = \([0-9]*\).*/\1/p" "$1/data/postgresql.conf" | tail -n 1
}

print_env() {
    local dir port self
    dir=$(cd "$1" && pwd)
    port=$(configured_port "$dir")
    self="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")"
    echo "PARALLAX_TEST_POSTGRES=postgresql://parallax@127.0.0.1:$port/postgres"
    echo "PARALLAX_TEST_POSTGRES_PASSWORD_URL=postgresql://parallax_pw@127.0.0.1:$port/postgres"
    echo "PARALLAX_TEST_POSTGRES_PASSWORD=$PASSWORD"
    echo "PARALLAX_TEST_POSTGRES_RESTART=bash '$self' restart '$dir'"
}

running() {
    [ -f "$1/data/PG_VERSION" ] && as_server "$(find_bin pg_ctl)" -D "$1/data" status >/dev/null 2>&1
}

init_cluster() {
    local dir=$1 port=$2 initdb psql
    initdb=$(find_bin initdb)
    psql=$(find_bin psql)
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then
        as_server true  # fails with the message when there is no user postgres
        chown postgres: "$dir"
    fi
    chmod 700 "$dir"
    as_server "$initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || as_server "$initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C >"$dir/initdb.log" 2>&1 \
        || die "initdb failed in $dir/data: $(tail -n 3 "$dir/initdb.log" | tr '\n' ' ')"
    {
        echo "# pg-test-cluster.sh: a throwaway test cluster, reachable from this machine only"
        echo "listen_addresses = '127.0.0.1'"
        echo "port = $port"
        echo "unix_socket_directories = '$dir'"
        echo "max_connections = 200"
        # durability stays at PostgreSQL's defaults: the benchmarks compare it with SQLite, which syncs its commits
    } | as_server tee -a "$dir/data/postgresql.conf" >/dev/null
    # first match wins: parallax_pw must give its password; everyone else is trusted from this machine only
    printf '%s\n' \
        "local all all trust" \
        "host all parallax_pw 127.0.0.1/32 scram-sha-256" \
        "host all all 127.0.0.1/32 trust" \
        | as_server tee "$dir/data/pg_hba.conf" >/dev/null
    if command -v openssl >/dev/null 2>&1; then
        as_server openssl req -new -x509 -days 30 -nodes -subj /CN=127.0.0.1 \
            -keyout "$dir/data/server.key" -out "$dir/data/server.crt" >/dev/null 2>&1 \
            && as_server chmod 600 "$dir/data/server.key" \
            && echo "ssl = on" | as_server tee -a "$dir/data/postgresql.conf" >/dev/null
    fi
    start_server "$dir"
    as_server "$psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U postgres -d postgres \
        -c "CREATE ROLE parallax LOGIN CREATEDB CREATEROLE" \
        -c "SET password_encryption = 'scram-sha-256'" \
        -c "CREATE ROLE parallax_pw LOGIN CREATEDB PASSWORD '$PASSWORD'" >/dev/null \
        || die "cannot create the test roles in $dir"
}

start_server() {
    local dir=$1
    as_server "$(find_bin pg_ctl)" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null \
        || die "the server in $dir did not start: $(tail -n 3 "$dir/server.log" 2>/dev/null | tr '\n' ' ')"
}

stop_server() {
    local dir=$1
    if running "$dir"; then
        as_server "$(find_bin pg_ctl)" -D "$dir/data" -m fast -w -t 60 stop >/dev/null || die "cannot stop the server in $dir"
    fi
}

cmd=${1:-}
dir=${2:-}
[ -n "$cmd" ] && [ -n "$dir" ] || die "usage: $0 start DIR [PORT] | stop DIR | restart DIR [SECONDS] | status DIR"
case "$cmd" in
    start)
        find_bin initdb >/dev/null
        port=${3:-0}
        [[ "$port" =~ ^[0-9]+$ ]] || die "port must be a number: $port"
        if [ ! -f "$dir/data/PG_VERSION" ]; then
            [ "$port" = 0 ] && port=$(free_port)
            init_cluster "$dir" "$port"
        elif ! running "$dir"; then
            start_server "$dir"
        fi
        print_env "$dir"
        ;;
    stop)
        [ -f "$dir/data/PG_VERSION" ] || exit 0
        stop_server "$dir"
        ;;
    restart)
        [ -f "$dir/data/PG_VERSION" ] || die "no test cluster in $dir"
        stop_server "$dir"
        sleep "${3:-0}"
        start_server "$dir"
        ;;
    status)
        running "$dir"
        ;;
    *)
        die "unknown command $cmd; usage: $0 start DIR [PORT] | stop DIR | restart DIR [SECONDS] | status DIR"
        ;;
esac
