/** After the name: it acts or speaks ("Vilnius has declared", "Minsk's decision"). */
const ACTS_AFTER = new RegExp(
  String.raw`^(?:['’]s\s+(?:government|decision|response|position|regime|authorities|move|policy|policies|demands?|leadership|officials|plan|stance|refusal|claims?)\b` +
    String.raw`|,?\s+(?:(?:has|have|had|is|was|will|would|did|does|also|again|then|now|has also|had also|could|may|might|must|should)\s+)*(?:\w+ly\s+)?` +
    String.raw`(?:said|says|say|declared|declares|declare|announced|announces|announce|accused|accuses|accuse|denied|denies|deny|warned|warns|warn|demanded|demands|demand|urged|urges|urge|called|calls|rejected|rejects|reject|insisted|insists|claimed|claims|threatened|threatens|threaten|imposed|imposes|impose|responded|responds|respond|condemned|condemns|condemn|agreed|agrees|agree|refused|refuses|refuse|decided|decides|decide|vowed|vows|blamed|blames|wants|wanted|sought|seeks|argued|argues|hopes|hoped|retaliated|retaliate|recalled|expelled|expel|summoned|sanctioned|ordered|approved|pledged|promised|plans|planned|intends|denounced|protested|signed|recognized|recognised|backed|supports|supported|opposed|opposes|insist|maintains|maintained|reacted|sent|offered|proposed|suspended|closed|launched|introduced|adopted|allowed|banned|blocked)\b)`,
  'i',
);
/** Before the name: it is acted on as a government ("sanctions imposed on Minsk", "relations with Moscow"). */
const ACTED_ON_BEFORE = new RegExp(
  String.raw`(?:(?:sanctions?|pressure|measures|restrictions|penalties|tariffs|retaliation|embargo|demands?|ultimatum)\s+(?:\w+\s+){0,2}(?:on|against|from)` +
    String.raw`|(?:relations|tensions|talks|dialogue|ties|negotiations|dispute|rift|deal|agreement|treaty)\s+(?:between|with)(?:\s+\w+\s+and)?` +
    String.raw`|(?:accused|accusing|urged|urging|called\s+on|warned|warning|told|criticised|criticized|condemned|pressed|asked|blamed|sanctioned|punish|punished|punishing|pressure|pressuring|pressured)` +
    String.raw`|(?:support|criticism|backing|recognition|approval)\s+(?:of|from))\s+(?:the\s+)?$`,
  'i',
);

/**
 * Whether a place name at `[start, end)` stands for a government or body: it says, decides or
 * demands something, or it is the target of sanctions, talks or accusations. A name after a
 * locative preposition ("meet in Brussels") never matches these frames.
 */
export function isMetonymic(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 80);
  if (ACTS_AFTER.test(after)) return true;
  const before = text.slice(Math.max(0, start - 80), start);
  return ACTED_ON_BEFORE.test(before);
}
