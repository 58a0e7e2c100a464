for k in whitespace empty-cells rows; do /usr/bin/time -f "%MkB %es" node --max-old-space-size=64 --import tsx test/electron/import/xlsx/bomb-child.ts $k; done
