import { fileURLToPath } from 'node:url';
import { createEngine } from '../../index.js';
import type { TimeAnnotation } from '../../model/annotation.js';

/**
 * Test helper: runs sentences + times on one text and returns the time annotations in a flat form.
 * Run as a script, it prints the results for `PROBE_CASES` as JSON, so a test can compare runs
 * under different process timezones (`TZ=…`).
 */
const engine = createEngine({ config: { stages: [{ name: 'sentences' }, { name: 'times' }] } });

export interface Probed {
  text: string;
  start: number;
  end: number;
  type: string;
  value: string;
  mod?: string;
  range?: { start: string; end: string };
  vague?: boolean;
  stated: readonly string[];
  implied: readonly string[];
  rule: string;
  phrase?: string;
}

export function probe(text: string, date: string, timezone: string): Probed[] {
  const { doc } = engine.analyse({ text, date, timezone, lang: 'en' });
  return doc.all('time').map((t: TimeAnnotation) => ({
    text: doc.slice(t.span), start: t.span.start, end: t.span.end, type: t.timexType, value: t.value,
    ...(t.mod ? { mod: t.mod } : {}), ...(t.range ? { range: { ...t.range } } : {}), ...(t.vague ? { vague: true } : {}),
    stated: t.stated, implied: t.implied, rule: t.provenance.rule, ...(t.phrase ? { phrase: doc.slice(t.phrase) } : {}),
  }));
}

/** Texts, dates and zones whose results must not depend on the process timezone. */
export const PROBE_CASES: [string, string, string][] = [
  ['Last month the parliament voted; on Tuesday guards withdrew overnight, and talks resume next week at 3 p.m.', '2021-08-18', 'UTC'],
  ['The camp closed in December and reopens this summer; arrivals rose earlier this month.', '2021-01-01', 'Pacific/Kiritimati'],
  ['Arrivals rose this month and in recent days, and will keep rising in the coming weeks.', '2021-11-07', 'America/Los_Angeles'],
  ['The minister spoke today about the whole of 2020.', '2021-03-28', 'Europe/Vilnius'],
];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(`${JSON.stringify(PROBE_CASES.map(([text, date, zone]) => probe(text, date, zone)))}\n`);
}
