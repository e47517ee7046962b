#!/usr/bin/env bash
# Starts or stops a virtual X server for the workbench's UI tests.
#   releng/xvfb.sh start :97 PIDFILE   start Xvfb on :97 unless an X server already serves it; installs Xvfb
#                                       (Debian's xvfb package) when it is missing and this user may install
#   releng/xvfb.sh stop PIDFILE         stop the Xvfb started with PIDFILE, if any
# A display that is not local (host:N) is the caller's: left alone.
set -eu
cmd="${1:-}"
case "$cmd" in
  start)
    display="${2:?display, e.g. :97}"; pidfile="${3:?pid file}"
    case "$display" in :[0-9]*) ;; *) exit 0 ;; esac
    n="${display#:}"; n="${n%%.*}"
    if [ -S "/tmp/.X11-unix/X$n" ] && [ -e "/tmp/.X$n-lock" ] && kill -0 "$(tr -d ' ' < "/tmp/.X$n-lock")" 2>/dev/null; then
      exit 0
    fi
    install() {
      if [ "$(id -u)" = 0 ]; then
        DEBIAN_FRONTEND=noninteractive apt-get install -y "$@" >/dev/null 2>&1 \
          || { apt-get update >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y "$@" >/dev/null 2>&1; }
      elif sudo -n true 2>/dev/null; then
        sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y "$@" >/dev/null 2>&1 \
          || { sudo -n apt-get update >/dev/null 2>&1 && sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y "$@" >/dev/null 2>&1; }
      fi
    }
    if ! command -v Xvfb >/dev/null 2>&1; then
      echo "xvfb.sh: Xvfb is missing; installing Debian's xvfb package" >&2
      install xvfb
      command -v Xvfb >/dev/null 2>&1 || { echo "xvfb.sh: cannot install Xvfb; the UI tests need an X display (set DISPLAY or install xvfb)" >&2; exit 1; }
    fi
    # SWT draws with GTK 3
    if ! /sbin/ldconfig -p 2>/dev/null | grep -q 'libgtk-3\.so\.0'; then
      echo "xvfb.sh: GTK 3 is missing; installing Debian's libgtk-3-0 package" >&2
      install libgtk-3-0
    fi
    rm -f "/tmp/.X$n-lock" "/tmp/.X11-unix/X$n"
    mkdir -p "$(dirname "$pidfile")"
    nohup Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >"${pidfile%.pid}.log" 2>&1 &
    echo $! > "$pidfile"
    for _ in $(seq 1 100); do
      [ -S "/tmp/.X11-unix/X$n" ] && exit 0
      sleep 0.1
    done
    echo "xvfb.sh: Xvfb did not start on $display; see ${pidfile%.pid}.log" >&2
    exit 1
    ;;
  stop)
    pidfile="${2:?pid file}"
    if [ -f "$pidfile" ]; then
      kill "$(cat "$pidfile")" 2>/dev/null || true
      rm -f "$pidfile"
    fi
    ;;
  *)
    echo "usage: releng/xvfb.sh start :N PIDFILE | stop PIDFILE" >&2
    exit 2
    ;;
esac
