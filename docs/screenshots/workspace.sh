#!/bin/sh
# The workspace's pages and record forms at 1366×768, taken from the app itself: a fresh profile, the demo store
# with evidence files (capture.py --store), the keys of workspace.steps (and, for the timeline and the map of a
# case with dated incidents, of timeline.steps on capture.py --dated-store) typed on a virtual screen with a window
# manager, the pictures reduced to 256 colours into this folder. Needs a screen-capture driver that runs a command
# on a virtual screen (Xvfb, openbox, xdotool, ImageMagick) and reads steps files, such as look-gui: set LOOK_GUI
# to it if it is not on the PATH.   Usage: docs/screenshots/workspace.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
python=${PYTHON:-$root/.venv/bin/python}
look=${LOOK_GUI:-look-gui}
work=$(mktemp -d "${TMPDIR:-/tmp}/hrdoc-shots.XXXXXX")
mkdir -p "$work/home" "$work/shots"
"$python" "$here/capture.py" --store "$work/hrdoc-demo.db"
HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" \
  "$look" -s 6 -o "$work/shots" -x "$here/workspace.steps" -- "$root/.venv/bin/hrdoc" gui --db "$work/hrdoc-demo.db"
# The timeline and the map of a case with dated incidents: the same store with invented dated incidents.
"$python" "$here/capture.py" --dated-store "$work/hrdoc-dated.db"
mkdir -p "$work/home-dated"
HOME="$work/home-dated" XDG_CONFIG_HOME="$work/home-dated/.config" \
  "$look" -s 6 -o "$work/shots" -x "$here/timeline.steps" -- "$root/.venv/bin/hrdoc" gui --db "$work/hrdoc-dated.db"
rm -f "$work/shots/final.png"
"$python" "$here/capture.py" --shrink "$work"/shots/*.png --into "$here"
rm -rf "$work"
