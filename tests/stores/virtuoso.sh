#!/bin/sh
# SPDX-License-Identifier: ISC
# A throw-away Virtuoso 7.2 (Debian's virtuoso-opensource) for the cross-engine
# tests: database, log and configuration all in WORKDIR, listening on 127.0.0.1 only.
#
# usage: virtuoso.sh start|stop|url|status|default-graph WORKDIR
#   start          installs virtuoso-opensource if virtuoso-t is missing, writes
#                  WORKDIR/virtuoso.ini, starts a FRESH database (the database files
#                  of an earlier run in WORKDIR are removed), waits (60 s at most) for
#                  the SPARQL endpoint and makes Graph Store writes possible.
#   stop           shuts the server down (isql "shutdown", then TERM, then KILL;
#                  each wait bounded) and leaves nothing running.
#   url            prints the SPARQL endpoint URL, the Graph Store (GSP) URL and,
#                  when the GSP needs authentication, USER:PASSWORD, one a line.
#   status         "running pid N" and exit 0, or "stopped" and exit 1.
#   default-graph  prints the IRI of the graph that GSP "?default" writes go to.
#
# Environment (defaults in brackets):
#   VIRTUOSO_SQL_PORT [21111]  ODBC/isql port        VIRTUOSO_HTTP_PORT [28890] /sparql
#   VIRTUOSO_GSP_PORT [28891]  Graph Store listener  VIRTUOSO_OPEN_GSP [0]
#   VIRTUOSO_OPEN_GSP=1 serves an unauthenticated /sparql-graph-crud on the GSP port
#   (GRANT SPARQL_UPDATE TO "SPARQL") instead of /sparql-graph-crud-auth with
#   HTTP digest authentication as dba:dba.
#
# Why a second HTTP listener for the Graph Store: Virtuoso 7.2 answers PUT/POST
# ...?default with "500 ... the endpoint is not configured to have default graph"
# unless the request's Host header matches a row of DB.DBA.SYS_SPARQL_HOST with an
# SH_GRAPH_URI. Such a row also makes /sparql use that graph as its default graph
# (no more union of all graphs) for the same Host, so the row is keyed on the GSP
# listener's host:port only, and queries go to the other port.
#
# Virtuoso 7.2.5 quirks seen (see README.md for the full list):
#   - a query without FROM runs over ALL graphs, including its system graphs
#     (virtrdf#, ldp#, localuriqaserver: ~2500 triples in a fresh database), and with
#     bag semantics over quads: a triple present in two graphs matches twice.
#   - CSV (Accept: text/csv): LF line ends; header names and every string and IRI
#     are double-quoted, numbers and dates are not; xsd:boolean from the data comes
#     out as 1/0 (JSON too: "value": "0"); the XML results keep true/false.
#     The literal `true` in a query is turned into xsd:integer 1 in every format.
#   - xsd:nonNegativeInteger values come back typed xsd:integer (JSON, XML).
#   - language tags are dropped in CSV/TSV (as the W3C CSV format wants), kept in
#     JSON ("xml:lang") and XML.
#   - TSV is CSV-style quoting with tabs, not W3C TSV (no <IRI>, no "..."@lang).
#   - ASK with Accept text/csv gives a "bool" column holding 1 or 0; CONSTRUCT with
#     Accept text/csv gives a subject,predicate,object table.
#   - errors: HTTP 400 with a text/plain body "Virtuoso 37000 Error SP031: ...";
#     BNODE() is not implemented (SP031).
#   - GSP PUT answers 201 Created for a new graph, 200 OK when it replaced one;
#     text/turtle and application/n-triples bodies are both accepted. PUT replaces
#     the graph, POST adds (RDF_QUAD is a set: re-adding a triple adds nothing).
set -u

cmd=${1:-} dir=${2:-}
sql_port=${VIRTUOSO_SQL_PORT:-21111}
http_port=${VIRTUOSO_HTTP_PORT:-28890}
gsp_port=${VIRTUOSO_GSP_PORT:-28891}
default_graph=urn:x-diplograph:default-graph

usage() {
  echo "usage: virtuoso.sh start|stop|url|status|default-graph WORKDIR" >&2
  exit 2
}
[ -n "$cmd" ] && [ -n "$dir" ] || usage

# isql talks to 127.0.0.1 only; every call is bounded.
isql() {
  timeout 60 isql-vt "127.0.0.1:$sql_port" dba dba "$@"
}

# The pid in WORKDIR/virtuoso.pid if that process is alive and is virtuoso-t.
live_pid() {
  [ -f "$dir/virtuoso.pid" ] || return 1
  p=$(cat "$dir/virtuoso.pid")
  [ -n "$p" ] && kill -0 "$p" 2>/dev/null || return 1
  case $(cat "/proc/$p/comm" 2>/dev/null) in virtuoso-t*) ;; *) return 1 ;; esac
  echo "$p"
}

sparql_url() { echo "http://127.0.0.1:$http_port/sparql"; }

answers() {
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 \
    "$(sparql_url)?query=ASK%7B%7D" 2>/dev/null)
  [ "$code" = 200 ]
}

install_virtuoso() {
  command -v virtuoso-t >/dev/null 2>&1 && command -v isql-vt >/dev/null 2>&1 && return 0
  sudo=
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  echo "virtuoso.sh: installing virtuoso-opensource with apt-get" >&2
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get install -y -q virtuoso-opensource >"$dir/apt.log" 2>&1 ||
    { $sudo apt-get update -q >>"$dir/apt.log" 2>&1 &&
      $sudo apt-get install -y -q virtuoso-opensource >>"$dir/apt.log" 2>&1; } ||
    { echo "virtuoso.sh: apt-get install virtuoso-opensource failed, see $dir/apt.log" >&2
      return 1; }
  # The Debian package may start its own server (on 1111/8890) where an init
  # system runs; ours does not depend on it and uses other ports.
  command -v virtuoso-t >/dev/null 2>&1
}

write_ini() {
  cat >"$dir/virtuoso.ini" <<EOF
; Written by tests/stores/virtuoso.sh: a small throw-away server on 127.0.0.1.
[Database]
DatabaseFile       = $dir/virtuoso.db
ErrorLogFile       = $dir/virtuoso.log
LockFile           = $dir/virtuoso.lck
TransactionFile    = $dir/virtuoso.trx
xa_persistent_file = $dir/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
MaxCheckpointRemap = 2000
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = $dir/virtuoso-temp.db
TransactionFile    = $dir/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping           = 0

[Parameters]
ServerPort           = 127.0.0.1:$sql_port
LiteMode             = 0
DisableUnixSocket    = 1
DisableTcpSocket     = 0
MaxClientConnections = 10
CheckpointInterval   = 60
O_DIRECT             = 0
CaseMode             = 2
MaxStaticCursorRows  = 5000
AllowOSCalls         = 0
DirsAllowed          = ., $dir, /tmp
NumberOfBuffers      = 10000
MaxDirtyBuffers      = 6000
ThreadsPerQuery      = 2
AsyncQueueMaxThreads = 4
MaxQueryMem          = 512M

[HTTPServer]
ServerPort           = 127.0.0.1:$http_port
ServerRoot           = $dir/vsp
MaxClientConnections = 5
ServerThreads        = 5
MaxKeepAlives        = 5
KeepAliveTimeout     = 10
EnabledDavVSP        = 0
HTTPProxyEnabled     = 0
Charset              = UTF-8
EnabledGzipContent   = 0

[Client]
SQL_PREFETCH_ROWS  = 100
SQL_PREFETCH_BYTES = 16000
SQL_QUERY_TIMEOUT  = 0
SQL_TXN_TIMEOUT    = 0

[SPARQL]
ResultSetMaxRows           = 100000
MaxQueryCostEstimationTime = 60
MaxQueryExecutionTime      = 60
EOF
}

# The Graph Store listener on 127.0.0.1:GSP_PORT, and the default graph of its Host.
write_setup_sql() {
  if [ "${VIRTUOSO_OPEN_GSP:-0}" = 1 ]; then
    cat >"$dir/setup.sql" <<EOF
GRANT SPARQL_UPDATE TO "SPARQL";
DB.DBA.VHOST_DEFINE (lhost=>'127.0.0.1:$gsp_port', vhost=>'127.0.0.1:$gsp_port',
  lpath=>'/sparql-graph-crud', ppath=>'/!sparql-graph-crud/', is_dav=>1,
  vsp_user=>'dba', opts=>vector ('noinherit', 1, 'exec_as_get', 1));
EOF
  else
    cat >"$dir/setup.sql" <<EOF
DB.DBA.VHOST_DEFINE (lhost=>'127.0.0.1:$gsp_port', vhost=>'127.0.0.1:$gsp_port',
  lpath=>'/sparql-graph-crud-auth', ppath=>'/!sparql-graph-crud/', is_dav=>1,
  vsp_user=>'dba', opts=>vector ('noinherit', 1, 'exec_as_get', 1),
  auth_fn=>'DB.DBA.HP_AUTH_SPARQL_USER', realm=>'SPARQL', sec=>'digest');
EOF
  fi
  cat >>"$dir/setup.sql" <<EOF
INSERT REPLACING DB.DBA.SYS_SPARQL_HOST (SH_HOST, SH_GRAPH_URI)
  VALUES ('127.0.0.1:$gsp_port', '$default_graph');
checkpoint;
EOF
}

gsp_url() {
  if [ "$(cat "$dir/gsp-mode" 2>/dev/null)" = open ]; then
    echo "http://127.0.0.1:$gsp_port/sparql-graph-crud"
  else
    echo "http://127.0.0.1:$gsp_port/sparql-graph-crud-auth"
  fi
}

gsp_auth() {
  [ "$(cat "$dir/gsp-mode" 2>/dev/null)" = open ] || echo dba:dba
}

# A PUT and a DELETE of a one-triple graph through the GSP: writes really work.
smoke_gsp() {
  auth=$(gsp_auth)
  set -- --max-time 10 -s -o "$dir/smoke.out" -w '%{http_code}'
  [ -n "$auth" ] && set -- "$@" --digest -u "$auth"
  g="$(gsp_url)?graph=urn:x-diplograph:smoke"
  put=$(printf '<urn:x-s> <urn:x-p> "smoke" .\n' |
    curl "$@" -X PUT -H 'Content-Type: application/n-triples' --data-binary @- "$g")
  del=$(curl "$@" -X DELETE "$g")
  case "$put$del" in
    2??2??) return 0 ;;
    *) echo "virtuoso.sh: GSP smoke test failed (PUT $put, DELETE $del):" >&2
       cat "$dir/smoke.out" >&2
       return 1 ;;
  esac
}

stop() {
  p=$(live_pid) || { rm -f "$dir/virtuoso.pid"; return 0; }
  isql exec="shutdown;" >/dev/null 2>&1
  i=0
  while kill -0 "$p" 2>/dev/null && [ $i -lt 30 ]; do sleep 1; i=$((i + 1)); done
  if kill -0 "$p" 2>/dev/null; then
    kill -TERM "$p" 2>/dev/null
    i=0
    while kill -0 "$p" 2>/dev/null && [ $i -lt 10 ]; do sleep 1; i=$((i + 1)); done
    kill -0 "$p" 2>/dev/null && kill -KILL "$p" 2>/dev/null
  fi
  rm -f "$dir/virtuoso.pid"
  return 0
}

start() {
  if p=$(live_pid); then
    echo "virtuoso.sh: already running (pid $p)" >&2
    return 0
  fi
  install_virtuoso || return 1
  for port in "$sql_port" "$http_port" "$gsp_port"; do
    if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$port/" 2>/dev/null ||
      [ $? -ne 7 ]; then
      echo "virtuoso.sh: 127.0.0.1:$port is already in use" >&2
      return 1
    fi
  done
  rm -f "$dir/virtuoso.db" "$dir/virtuoso.trx" "$dir/virtuoso.log" "$dir/virtuoso.lck" \
    "$dir/virtuoso.pxa" "$dir/virtuoso-temp.db" "$dir/virtuoso-temp.trx" \
    "$dir/virtuoso.out" "$dir/gsp-mode" "$dir/setup.sql" "$dir/setup.out"
  mkdir -p "$dir/vsp"
  write_ini
  # Foreground in the background, so that the pid is ours to stop.
  (cd "$dir" && exec nohup virtuoso-t +foreground +configfile "$dir/virtuoso.ini" \
    >"$dir/virtuoso.out" 2>&1 </dev/null) &
  echo $! >"$dir/virtuoso.pid"
  i=0
  until answers; do
    if ! live_pid >/dev/null; then
      echo "virtuoso.sh: virtuoso-t exited while starting:" >&2
      tail -20 "$dir/virtuoso.out" >&2
      rm -f "$dir/virtuoso.pid"
      return 1
    fi
    if [ $i -ge 60 ]; then
      echo "virtuoso.sh: $(sparql_url) did not answer within 60 s" >&2
      tail -20 "$dir/virtuoso.out" >&2
      stop
      return 1
    fi
    sleep 1; i=$((i + 1))
  done
  write_setup_sql
  if [ "${VIRTUOSO_OPEN_GSP:-0}" = 1 ]; then echo open; else echo auth; fi >"$dir/gsp-mode"
  if ! isql "$dir/setup.sql" >"$dir/setup.out" 2>&1 || grep -q '^\*\*\* Error' "$dir/setup.out"; then
    echo "virtuoso.sh: setup failed:" >&2
    cat "$dir/setup.out" >&2
    stop
    return 1
  fi
  # The new listener comes up at once; give it a few seconds all the same.
  i=0
  until smoke_gsp 2>/dev/null; do
    if [ $i -ge 10 ]; then smoke_gsp; stop; return 1; fi
    sleep 1; i=$((i + 1))
  done
  echo "virtuoso.sh: running (pid $(cat "$dir/virtuoso.pid")), SPARQL $(sparql_url), GSP $(gsp_url)" >&2
}

case $cmd in
  start | stop | url | status | default-graph) ;;
  *) usage ;;
esac
mkdir -p "$dir" || exit 1
dir=$(cd "$dir" && pwd) || exit 1

case $cmd in
  start) start ;;
  stop) stop ;;
  url)
    sparql_url
    gsp_url
    a=$(gsp_auth)
    [ -z "$a" ] || echo "$a"
    ;;
  status)
    if p=$(live_pid) && answers; then echo "running pid $p"; else echo stopped; exit 1; fi
    ;;
  default-graph) echo "$default_graph" ;;
esac
