#!/bin/sh
# The home-screen icons (public/icons/*.png), drawn from public/pictures/brew.svg.
# Run by hand when the picture changes (needs rsvg-convert: apt-get install librsvg2-bin).
# `art` is how much of the square the cup fills: a maskable icon keeps it in
# the middle 60%, so any shape the tablet cuts it to keeps the whole cup.
set -eu
cd "$(dirname "$0")/../.."
art=$(sed -e 's/<svg[^>]*>//' -e 's#</svg>##' public/pictures/brew.svg)
icon() { # size, share of the square for the art, file
  pad=$(awk "BEGIN { print (1 - $2) / 2 * 100 / $2 }")
  full=$(awk "BEGIN { print 100 / $2 }")
  printf '<svg xmlns="http://www.w3.org/2000/svg" viewBox="-%s -%s %s %s"><rect x="-%s" y="-%s" width="%s" height="%s" fill="#fdf8ef"/>%s</svg>' \
    "$pad" "$pad" "$full" "$full" "$pad" "$pad" "$full" "$full" "$art" \
    | rsvg-convert -w "$1" -h "$1" -o "$3"
}
mkdir -p public/icons
icon 192 0.84 public/icons/icon-192.png
icon 512 0.84 public/icons/icon-512.png
icon 512 0.6 public/icons/icon-maskable-512.png
