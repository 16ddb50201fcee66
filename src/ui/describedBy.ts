/**
 * `aria-describedby` for a field: its error while it has one (so the error alone is its
 * description, as assistive tech reads it on focus), else its hint.
 * @example describedBy(id, Boolean(error), Boolean(hint))
 */
export function describedBy(id: string, hasError: boolean, hasHint: boolean): string | undefined {
  if (hasError) return `${id}-error`;
  return hasHint ? `${id}-hint` : undefined;
}
