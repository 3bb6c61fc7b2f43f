import { findDisputes, type ArticleClaims, type Dispute } from '../extract/contradictions/disputes.js';
import type { ClaimAnnotation, EventAnnotation, PlaceAnnotation } from '../model/annotation.js';
import type { ArticleJson } from '../output/article-json.js';

/**
 * Disputes between articles: claims of different articles that give incompatible versions of the
 * same happening. Articles are bucketed by the countries their claimed events involve, so only
 * articles that could be about the same happening are compared (not every pair of the corpus).
 *
 * @example
 * for await (const d of crossArticleDisputes(store.articles())) console.log(d.summary);
 */
export async function* crossArticleDisputes(articles: AsyncIterable<ArticleJson>): AsyncGenerator<Dispute> {
  const buckets = new Map<string, ArticleClaims[]>();
  const compared = new Set<string>();
  for await (const json of articles) {
    const claims = json.claims as unknown as ClaimAnnotation[];
    if (claims.length === 0) continue;
    const events = json.events as unknown as EventAnnotation[];
    const places = new Map((json.places as unknown as PlaceAnnotation[]).map((p) => [p.id, p.countryIso3]));
    const entry: ArticleClaims = { articleId: json.article.id, claims, events, placeCountry: (id) => places.get(id), text: json.article.text };
    const claimed = new Set(claims.flatMap((c) => c.eventIds));
    const keys = new Set<string>();
    for (const e of events) {
      if (!claimed.has(e.id)) continue;
      const countries = [...new Set([...e.actors, ...e.recipients].map((a) => a.country).filter(Boolean))].sort();
      for (const c of countries) keys.add(c!);
    }
    for (const key of keys) {
      const list = buckets.get(key) ?? [];
      for (const other of list) {
        const pair = `${other.articleId}\u0000${entry.articleId}`;
        if (compared.has(pair)) continue;
        compared.add(pair);
        yield* findDisputes(other, entry);
      }
      list.push(entry);
      buckets.set(key, list);
    }
  }
}
