/**
 * Draws the benchmark's growth curves as a small self-contained SVG: start-up, heap, p50 and p95 latency
 * against archive size, one line per engine, log-log axes.
 */
import type { Row } from './bench.js';

const COLORS: Record<string, string> = { sanad: '#0b7a3b', minisearch: '#1f5fbf', fuse: '#c0392b' };

/** Renders the panels side by side. */
export function renderChart(rows: readonly Row[]): string {
  const panels: Array<[string, (r: Row) => number]> = [
    ['start-up (ms)', (r) => r.startupMs],
    ['heap (MB)', (r) => r.heapMB],
    ['p50 latency (ms)', (r) => r.p50],
    ['p95 latency (ms)', (r) => r.p95],
  ];
  const W = 300;
  const H = 220;
  const pad = { l: 48, r: 12, t: 28, b: 36 };
  const engines = [...new Set(rows.map((r) => r.engine))];
  const sizes = [...new Set(rows.map((r) => r.stories))].sort((a, b) => a - b);
  const parts: string[] = [];
  panels.forEach(([title, value], i) => {
    const x0 = i * W;
    const vals = rows.map(value).filter((v) => v > 0);
    const lo = Math.log10(Math.min(...vals));
    const hi = Math.log10(Math.max(...vals));
    const span = hi - lo || 1;
    const sx = (s: number) =>
      x0 + pad.l + ((Math.log10(s) - Math.log10(sizes[0] ?? 1)) / (Math.log10(sizes.at(-1) ?? 10) - Math.log10(sizes[0] ?? 1) || 1)) * (W - pad.l - pad.r);
    const sy = (v: number) => pad.t + (1 - (Math.log10(Math.max(v, 10 ** lo)) - lo) / span) * (H - pad.t - pad.b);
    parts.push(`<text x="${x0 + W / 2}" y="16" text-anchor="middle" font-size="13" font-weight="bold">${title}</text>`);
    parts.push(`<line x1="${x0 + pad.l}" y1="${H - pad.b}" x2="${x0 + W - pad.r}" y2="${H - pad.b}" stroke="#888"/>`);
    parts.push(`<line x1="${x0 + pad.l}" y1="${pad.t}" x2="${x0 + pad.l}" y2="${H - pad.b}" stroke="#888"/>`);
    for (const s of sizes) parts.push(`<text x="${sx(s)}" y="${H - pad.b + 14}" text-anchor="middle" font-size="10">${s}</text>`);
    parts.push(`<text x="${x0 + W / 2}" y="${H - 6}" text-anchor="middle" font-size="10">stories (log)</text>`);
    for (const v of [10 ** lo, 10 ** ((lo + hi) / 2), 10 ** hi]) {
      parts.push(
        `<text x="${x0 + pad.l - 4}" y="${sy(v) + 3}" text-anchor="end" font-size="9">${v >= 100 ? v.toFixed(0) : v >= 1 ? v.toFixed(1) : v.toFixed(3)}</text>`,
      );
    }
    for (const e of engines) {
      const pts = sizes.flatMap((s) => {
        const r = rows.find((x) => x.engine === e && x.stories === s);
        return r ? [`${sx(s).toFixed(1)},${sy(value(r)).toFixed(1)}`] : [];
      });
      parts.push(`<polyline fill="none" stroke="${COLORS[e] ?? '#333'}" stroke-width="2" points="${pts.join(' ')}"/>`);
      for (const p of pts) parts.push(`<circle cx="${p.split(',')[0]}" cy="${p.split(',')[1]}" r="2.5" fill="${COLORS[e] ?? '#333'}"/>`);
    }
  });
  const legend = engines
    .map(
      (e, i) =>
        `<rect x="${10 + i * 110}" y="${H + 4}" width="12" height="12" fill="${COLORS[e] ?? '#333'}"/><text x="${26 + i * 110}" y="${H + 14}" font-size="12">${e}</text>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W * panels.length}" height="${H + 24}" font-family="sans-serif"><rect width="100%" height="100%" fill="white"/>${parts.join('')}${legend}</svg>\n`;
}
