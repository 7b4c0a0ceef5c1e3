# Shared by ops/backup/backup, restore and test.

# The port of the running embedded MariaDB whose data lies in <dir>/mariadb.
embedded_port() {
  local dir port
  dir="$(realpath -m -- "$1")"
  port="$(pgrep -a mariadbd | grep -- "--datadir=$dir/mariadb " | grep -o -- '--port=[0-9]*' | head -n 1 | cut -d= -f2)"
  [[ -n "$port" ]] || { echo "no running MariaDB with its data in $dir/mariadb (is Tegn running with TEGN_DATA_DIR=$dir?)" >&2; return 1; }
  echo "$port"
}

# jdbc:mysql://host[:port]/db[?...] -> "host port db"
parse_jdbc_url() {
  local rest="${1#jdbc:mysql://}"
  local hostport="${rest%%/*}" db="${rest#*/}"
  db="${db%%\?*}"
  local host="${hostport%%:*}" port=3306
  [[ "$hostport" == *:* ]] && port="${hostport##*:}"
  echo "$host $port $db"
}

# The bundled mariadb client needs the ncurses 5 compatibility libraries on Debian 12.
ensure_client() {
  local client="$1"
  "$client" --version >/dev/null 2>&1 && return 0
  local sudo=(); [[ "$(id -u)" -eq 0 ]] || sudo=(sudo)
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q libncurses5 libtinfo5 >/dev/null ||
    { echo "the mariadb client needs libncurses5: apt-get install libncurses5 libtinfo5" >&2; return 1; }
}
