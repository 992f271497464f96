#!/bin/bash
# Dev tool: renders the key views of models/knee.glb with the library's materials and poses and
# writes them, with a sheet beside the reference renders, to tests/screenshots/model-*.png.
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=tests/screenshots
U='"url":"/models/knee.glb","preset":"normal","width":480,"height":560'
view() { # name flexion position target up fov
  echo "$OUT/model-$1.png" "{$U,\"flexionDeg\":$2,\"camera\":{\"position\":$3,\"target\":$4,\"up\":$5,\"fov\":$6}}"
}
node models/preview/shoot.mjs \
  $(view anterior 0 '[0.02,0.04,0.55]' '[-0.01,-0.005,0.01]' '[0,1,0]' 32) \
  $(view lateral 0 '[-0.55,0.04,0.06]' '[0,-0.005,0.01]' '[0,1,0]' 32) \
  $(view medial 0 '[0.55,0.04,0.06]' '[0,-0.005,0.01]' '[0,1,0]' 32) \
  $(view posterior 0 '[0,0.06,-0.5]' '[0,0.01,0]' '[0,1,0]' 32) \
  $(view thigh 0 '[0.12,0.3,1.35]' '[-0.01,0.22,0]' '[0,1,0]' 32) \
  $(view leg 0 '[-1.45,0.2,0.35]' '[0,0.16,0.12]' '[0,1,0]' 34) \
  $(view skyline 45 '[-0.01,-0.25,0.25]' '[-0.01,0.0,0.03]' '[0,0.66,0.75]' 26) \
  $(view bent-30 30 '[-0.55,0.04,0.06]' '[0,-0.005,0.01]' '[0,1,0]' 32) \
  $(view bent-60 60 '[-0.55,0.04,0.06]' '[0,-0.005,0.01]' '[0,1,0]' 32) \
  $(view bent-90 90 '[-0.55,0.04,0.06]' '[0,-0.005,0.01]' '[0,1,0]' 32) \
  $(view bent-120 120 '[-0.55,0.04,0.06]' '[0,-0.005,0.01]' '[0,1,0]' 32) \
  | grep -v favicon
R=../shared/reference/images
# the side-by-side sheet against the reference renders (when ../shared is beside the repository)
if [ -d "$R" ]; then
  node models/preview/sheet.mjs $OUT/model-vs-reference.png \
    "$OUT/model-anterior.png,$R/assembled-vhf-knee-anterior.png,$OUT/model-lateral.png,$R/assembled-vhf-knee-lateral-bones.png" \
    "$OUT/model-skyline.png,$R/real-patellofemoral-skyline.png,$OUT/model-bent-90.png"
fi
