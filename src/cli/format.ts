/** Small text formatters shared by the commands that print tables. */

type Row = Record<string, unknown>;

/** "Belarusian border guards [BLR COP]" */
export function actorLabel(actor: Row | undefined): string {
  if (!actor) return '';
  const codes = [actor.country ?? actor.igo, actor.sector].filter(Boolean).join(' ');
  const role = actor.role ? `${actor.role} ` : '';
  return `${role}${String(actor.name ?? '')}${codes ? ` [${codes}]` : ''}`;
}

export function actorsLabel(actors: unknown): string {
  return ((actors as Row[] | undefined) ?? []).map(actorLabel).join('; ');
}

/** A plain aligned table; long cells are cut with an ellipsis. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[], maxWidth = 48): string {
  const cut = (s: string) => (s.length > maxWidth ? `${s.slice(0, maxWidth - 1)}…` : s);
  const cells = rows.map((r) => r.map((c) => cut(c.replace(/\s+/g, ' '))));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i]?.length ?? 0)));
  const line = (r: readonly string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

/** RFC 4180 CSV: quotes fields that need it. */
export function csv(headers: readonly string[], rows: readonly (readonly (string | number | undefined | null)[])[]): string {
  const field = (v: string | number | undefined | null) => {
    const s = v === undefined || v === null ? '' : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [headers, ...rows].map((r) => r.map(field).join(',')).join('\n') + '\n';
}

export const FORMATS = ['table', 'json', 'jsonl', 'csv', 'geojson'] as const;
export type Format = (typeof FORMATS)[number];

export function parseFormat(value: string, allowed: readonly string[] = FORMATS): Format {
  if (!allowed.includes(value)) throw new Error(`unknown format "${value}" (choose ${allowed.join(', ')})`);
  return value as Format;
}

/** `json` (one indented array) or `jsonl` (one object per line); undefined for other formats. */
export function jsonFormat(rows: readonly unknown[], format: string): string | undefined {
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  if (format === 'jsonl') return rows.map((r) => `${JSON.stringify(r)}\n`).join('');
  return undefined;
}
