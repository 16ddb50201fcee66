/**
 * What an `If-Match` header asks for: any current version (`*`), one of some versions, or
 * something unparsable, which can never match (412, after the 409 state checks).
 */
export type IfMatch =
  | { kind: 'absent' }
  | { kind: 'any' }
  | { kind: 'versions'; versions: number[] }
  | { kind: 'invalid' };

// A bare number is not an entity tag, but clients that forget the quotes mean the same thing.
const strongTag = /^(?:"(0|[1-9][0-9]{0,14})"|(0|[1-9][0-9]{0,14}))$/;

/**
 * Parses `If-Match` per RFC 9110: `*` or a comma-separated list of strong entity tags (`"3"`).
 * Weak tags (`W/"3"`) never match, as If-Match uses strong comparison. A bare `3` is read as
 * `"3"`; anything else is unparsable.
 */
export function parseIfMatch(header: string | undefined): IfMatch {
  if (header === undefined) return { kind: 'absent' };
  const value = header.trim();
  if (value === '*') return { kind: 'any' };
  const versions: number[] = [];
  for (const part of value.split(',')) {
    const tag = part.trim();
    if (tag.startsWith('W/"')) continue;
    const match = strongTag.exec(tag);
    if (!match) return { kind: 'invalid' };
    versions.push(Number(match[1] ?? match[2]));
  }
  return versions.length > 0 ? { kind: 'versions', versions } : { kind: 'invalid' };
}

/** The version to hand the rules: the current one when a tag matches, else one that doesn't. */
export function expectedVersion(ifMatch: IfMatch, current: number): number | undefined {
  switch (ifMatch.kind) {
    case 'absent':
    case 'any':
      return undefined;
    case 'versions':
      return ifMatch.versions.includes(current) ? current : (ifMatch.versions[0] ?? -1);
    case 'invalid':
      return -1;
  }
}
