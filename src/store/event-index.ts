type Row = Record<string, unknown>;
type SpanRow = { start: number; end: number };

/**
 * The columns an event is filtered on, derived from its annotation: date range, place, the
 * countries of its place and participants, a lower-case bag of participant names, codes and
 * sectors, and the sentence it was read from. Shared by every Store implementation.
 *
 * @example eventIndexRow(event, byId, sentences, text).countries // 'BLR LTU'
 */
export function eventIndexRow(event: Row, byId: ReadonlyMap<string, Row>, sentences: readonly Row[], text: string) {
  const place = typeof event.placeId === 'string' ? byId.get(event.placeId) : undefined;
  const date = (event.date ?? {}) as Row;
  const participants = [...((event.actors as Row[]) ?? []), ...((event.recipients as Row[]) ?? [])];
  const countries = new Set<string>();
  for (const p of participants) if (typeof p.country === 'string') countries.add(p.country);
  if (place && typeof place.countryIso3 === 'string') countries.add(place.countryIso3);
  if (place && typeof place.countryIso2 === 'string') countries.add(place.countryIso2);
  const bag = participants
    .flatMap((p) => [p.name, p.country, p.sector, p.igo, p.role, p.organisation])
    .filter((x): x is string => typeof x === 'string')
    .join(' | ')
    .toLowerCase();
  const span = event.span as SpanRow;
  const sentence = sentences.find((s) => (s.span as SpanRow).start <= span.start && span.start < (s.span as SpanRow).end);
  const sentenceSpan = (sentence?.span as SpanRow | undefined) ?? span;
  return {
    id: String(event.id),
    eventType: String(event.eventType),
    cameo: typeof event.cameo === 'string' ? event.cameo : null,
    dateStart: String(date.start ?? ''),
    dateEnd: String(date.end ?? ''),
    placeId: place ? String(place.id) : null,
    placeName: place ? String(place.name) : null,
    geonameId: place && typeof place.geonameId === 'number' ? place.geonameId : null,
    lat: place && typeof place.lat === 'number' ? place.lat : null,
    lon: place && typeof place.lon === 'number' ? place.lon : null,
    countries: [...countries].sort().join(' '),
    participants: bag,
    sentence: text.slice(sentenceSpan.start, sentenceSpan.end),
  };
}
