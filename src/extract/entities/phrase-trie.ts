import { foldSameLength } from '../../text/fold.js';
import { tokenize } from '../../text/tokenize.js';

/**
 * A trie of multi-word phrases keyed by folded token norms, so a lexicon is matched against the
 * tokens of a sentence with one walk per position (longest match), never a regex per entry.
 *
 * @example
 * const t = new PhraseTrie<string>(); t.add('border guards', 'COP');
 * t.longest(['belarusian', 'border', 'guards'], 1) // { end: 3, values: ['COP'] }
 */
export class PhraseTrie<V> {
  readonly #root: TrieNode<V> = {};
  #prefixes = false;

  /**
   * Adds a phrase. `prefix` makes the last word match any token that starts with it
   * (PETRARCH's unstemmed entries: "ARGENTIN" matches "Argentina", "Argentine").
   */
  add(phrase: string, value: V, prefix = false): void {
    const norms = phraseNorms(phrase);
    if (norms.length === 0) return;
    let node = this.#root;
    for (let k = 0; k < norms.length; k++) {
      const last = k === norms.length - 1;
      const table = last && prefix ? (node.prefix ??= new Map()) : (node.next ??= new Map());
      let child = table.get(norms[k]!);
      if (!child) table.set(norms[k]!, (child = {}));
      node = child;
    }
    if (prefix) this.#prefixes = true;
    (node.values ??= []).push(value);
  }

  /** Longest phrase starting at `norms[i]`; `end` is exclusive. */
  longest(norms: readonly string[], i: number, limit = norms.length): { end: number; values: readonly V[] } | undefined {
    let node: TrieNode<V> | undefined = this.#root;
    let best: { end: number; values: readonly V[] } | undefined;
    for (let k = i; k < limit && node; k++) {
      const norm = norms[k]!;
      if (this.#prefixes && node.prefix) {
        for (let len = norm.length; len >= 3; len--) {
          const hit = node.prefix.get(norm.slice(0, len));
          if (hit?.values && (!best || best.end <= k)) {
            best = { end: k + 1, values: hit.values };
            break;
          }
        }
      }
      node = node.next?.get(norm);
      if (node?.values) best = { end: k + 1, values: node.values };
    }
    return best;
  }
}

interface TrieNode<V> {
  next?: Map<string, TrieNode<V>>;
  prefix?: Map<string, TrieNode<V>>;
  values?: V[];
}

/** The folded token norms of a phrase, as the sentence stage would produce them. */
export function phraseNorms(phrase: string): string[] {
  const text = phrase.normalize('NFC');
  const folded = foldSameLength(text);
  return tokenize(text).map((t) => folded.slice(t.start, t.end));
}
