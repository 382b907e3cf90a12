/**
 * Content negotiation for GET /graphql: a browser navigating there ranks HTML above JSON (it
 * gets GraphiQL); fetch(), curl (which takes any type) and GraphQL clients do not (they get
 * Apollo). Like Apollo's own landing-page check, a tie goes to JSON.
 */
interface MediaRange {
  type: string;
  q: number;
}

function parseAccept(accept: string): MediaRange[] {
  return accept.split(',').map((part) => {
    const [type = '', ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const q = parameters.find((parameter) => parameter.startsWith('q='));
    const quality = q === undefined ? 1 : Number(q.slice(2));
    return { type, q: Number.isFinite(quality) ? quality : 0 };
  });
}

/** The quality the client gives a media type: that of the most specific range matching it. */
function qualityOf(ranges: MediaRange[], mediaType: string): number {
  const wildcard = `${mediaType.split('/')[0]}/*`;
  let best: { specificity: number; q: number } | undefined;
  for (const range of ranges) {
    const specificity = range.type === mediaType ? 2 : range.type === wildcard ? 1 : range.type === '*/*' ? 0 : -1;
    if (specificity >= 0 && (best === undefined || specificity > best.specificity)) best = { specificity, q: range.q };
  }
  return best?.q ?? 0;
}

export function prefersHtml(accept: string | undefined): boolean {
  if (!accept) return false;
  const ranges = parseAccept(accept);
  const html = qualityOf(ranges, 'text/html');
  const json = Math.max(qualityOf(ranges, 'application/json'), qualityOf(ranges, 'application/graphql-response+json'));
  return html > 0 && html > json;
}
