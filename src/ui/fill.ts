/**
 * Fills `{name}` placeholders of a message; unknown placeholders stay visible so a broken
 * translation is noticed rather than silently shortened.
 * @example fill('From {min} to {max}', { min: 1, max: 5 }) // 'From 1 to 5'
 */
export function fill(
  template: string,
  values: Record<string, string | number | undefined>,
): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}
