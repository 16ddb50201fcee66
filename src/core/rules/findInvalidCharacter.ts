// C0 and C1 controls with DEL (\p{Cc}: U+0000–U+001F, U+007F–U+009F), bidi embeddings and
// overrides U+202A–U+202E and isolates U+2066–U+2069, zero-width space, non-joiner and joiner
// U+200B–U+200D and U+FEFF.
const invalidCharacter = /[\p{Cc}\u200b-\u200d\u202a-\u202e\u2066-\u2069\ufeff]/u;

/**
 * The index of the first character that has no place in text a person typed and another
 * person reads (a name on an invoice, an agent's name in the audit trail), or null: controls
 * hide or reorder what is shown, bidi overrides make "moc.elpmaxe" read as "example.com",
 * zero-width characters make two different values look the same.
 * @example findInvalidCharacter('Ada\u202eLovelace') // 3
 */
export function findInvalidCharacter(text: string): number | null {
  const match = invalidCharacter.exec(text);
  return match ? match.index : null;
}
