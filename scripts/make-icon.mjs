#!/usr/bin/env node
// Renders the application icon from the SVG below to resources/icons/icon.png (512×512) with
// @resvg/resvg-js. Shapes only, no text, so the PNG is the same on every machine (no font
// lookup). electron-builder derives .ico/.icns/Linux sizes from this PNG at packaging time.
// The PNG is committed; rerun after editing the SVG:  node scripts/make-icon.mjs
import { Resvg } from '@resvg/resvg-js';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'resources', 'icons');

// A blue tile, a white report sheet with a bar chart (statistics) and a red round seal with a
// tick (rectification accepted, as on an official document).
export const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#2563eb"/>
      <stop offset="1" stop-color="#1e3a8a"/>
    </linearGradient>
  </defs>
  <rect x="16" y="16" width="480" height="480" rx="96" fill="url(#bg)"/>
  <path d="M136 88 h184 l72 72 v256 a16 16 0 0 1 -16 16 h-240 a16 16 0 0 1 -16 -16 v-312 a16 16 0 0 1 16 -16 z" fill="#ffffff"/>
  <path d="M320 88 v56 a16 16 0 0 0 16 16 h56 z" fill="#c7d2fe"/>
  <rect x="160" y="120" width="120" height="16" rx="8" fill="#93a3c4"/>
  <rect x="160" y="152" width="88" height="16" rx="8" fill="#c2cbe0"/>
  <rect x="168" y="300" width="40" height="92" rx="6" fill="#3b82f6"/>
  <rect x="228" y="244" width="40" height="148" rx="6" fill="#1d4ed8"/>
  <rect x="288" y="276" width="40" height="116" rx="6" fill="#60a5fa"/>
  <rect x="156" y="396" width="188" height="8" rx="4" fill="#1e3a8a"/>
  <circle cx="368" cy="368" r="84" fill="#dc2626"/>
  <circle cx="368" cy="368" r="68" fill="none" stroke="#ffffff" stroke-width="8"/>
  <path d="M330 370 l26 26 l50 -56" fill="none" stroke="#ffffff" stroke-width="18" stroke-linecap="round" stroke-linejoin="round"/>
</svg>
`;

export function renderIcon(size = 512) {
  const resvg = new Resvg(ICON_SVG, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } });
  return resvg.render().asPng();
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'icon.svg'), ICON_SVG);
  fs.writeFileSync(path.join(outDir, 'icon.png'), renderIcon(512));
  console.log(`icon written: ${path.relative(root, path.join(outDir, 'icon.png'))}`);
}
