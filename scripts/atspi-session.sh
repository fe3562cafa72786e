# Sourced by the checks that read the window as a screen reader does
# (scripts/screen-reader-check.sh, scripts/typing-check.sh), inside the D-Bus session they
# start: a virtual display of SIZE (`1280x800`) with a window manager, the accessibility bus
# on, and a fresh data folder in $data that is removed on exit with everything started here.
# Usage: . scripts/atspi-session.sh; atspi_session SIZE

atspi_session() {
  local size=$1
  display=":$((80 + RANDOM % 19))"
  data=$(mktemp -d)
  pids=()
  trap 'for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$data"' EXIT

  Xvfb "$display" -screen 0 "${size}x24" >/dev/null 2>&1 & pids+=($!)
  export DISPLAY=$display
  for _ in $(seq 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done
  fluxbox >/dev/null 2>&1 & pids+=($!)
  /usr/libexec/at-spi-bus-launcher --launch-immediately --a11y=1 --screen-reader=1 >/dev/null 2>&1 & pids+=($!)
  sleep 1
  /usr/libexec/at-spi2-registryd >/dev/null 2>&1 & pids+=($!)
  sleep 1
  # AccessKit publishes its tree only while this is true.
  busctl --user set-property org.a11y.Bus /org/a11y/bus org.a11y.Status IsEnabled b true
}
