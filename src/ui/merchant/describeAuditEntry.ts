import type { Catalog } from '../../core/index.js';
import { fill } from '../fill.js';
import { date } from '../format.js';
import type { Messages } from '../messages/en.js';

/** One audit entry as the history reads it (`custom_data.audit_trail`, api.md "Audit trail"). */
export interface HistoryEntry {
  at: string;
  version: number;
  actor: string;
  actor_name?: string | null | undefined;
  request_id?: string | null | undefined;
  reason: string | null;
  note: string | null;
  changes: { field: string; from: unknown; to: unknown }[];
}

/** What formatting an entry needs: the strings, the locale and (for names) the catalog. */
export interface HistoryContext {
  t: Messages;
  locale: string | undefined;
  catalog: Catalog | undefined;
}

// Field paths whose label is a message of the same name as the path's last segment.
const sameName =
  /^(?:contract\.(plan_id|quantity|start_date|currency)|customer\.(email|name|company|phone)|attribution\.(utm_\w+)|(expires_at|success_url|cancel_url|pending_url|currency))$/;
const labelKeys: Record<string, keyof Messages> = { plan_id: 'plan' };

/**
 * The visible label of a changed field, as the editor labels it ("Quantity", "Success URL",
 * "Custom data “campaign”"); an unknown path is shown as it is.
 * @example fieldLabel(t, 'contract.quantity') // 'Quantity'
 */
export function fieldLabel(t: Messages, path: string): string {
  const same = sameName.exec(path)?.slice(1).find(Boolean);
  if (same) return t[labelKeys[same] ?? (same as keyof Messages)] ?? path;
  if (path === 'contract.items') return t.history_items;
  const [head, ...rest] = path.split('.');
  const tail = rest.join('.');
  if (head === 'custom_data') return fill(t.history_custom_data, { key: tail });
  if (path.startsWith('customer.address.')) {
    const part = (t as Record<string, string>)[`history_address_${rest[1]}`];
    return part ? fill(t.history_address, { part }) : path;
  }
  if (path === 'attribution.referrer') return t.history_referrer;
  if (path === 'attribution.landing_page') return t.history_landing_page;
  return path;
}

/**
 * A long string the server recorded shortened (api.md "Audit trail"; core's
 * `truncatedAuditValueSchema`): `{ truncated: true, prefix, length, sha256 }`.
 */
function shortened(value: unknown): { prefix: string; length: number } | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const record = value as Record<string, unknown>;
  return record.truncated === true && typeof record.prefix === 'string'
    ? { prefix: record.prefix, length: Number(record.length) }
    : undefined;
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A moment for the locale: "6 Dec 2026, 14:05" (the reader's time zone).
 * @example dateTime('2026-12-06T14:05:00Z', 'en-GB') // '6 Dec 2026, 14:05'
 */
export function dateTime(value: string, locale: string | undefined): string {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return value;
  const key = `${locale}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    dateTimeFormats.set(key, format);
  }
  return format.format(ms);
}

function offerName(catalog: Catalog | undefined, kind: 'plans' | 'products', id: unknown) {
  const offer = catalog?.[kind].find((o) => o.id === id);
  return offer ? offer.name : String(id);
}

/**
 * One recorded value, formatted as the editor formats that field: plan and product names from
 * the catalog, numbers and dates for the locale, nothing as "none", never raw JSON.
 * @example formatValue(ctx, 'contract.start_date', '2026-12-01') // 'Dec 1, 2026'
 */
export function formatValue(ctx: HistoryContext, path: string, value: unknown): string {
  const { t, locale, catalog } = ctx;
  const cut = shortened(value);
  if (cut)
    return fill(t.history_shortened, {
      value: cut.prefix,
      length: new Intl.NumberFormat(locale).format(cut.length),
    });
  if (value === null || value === undefined || value === '') return t.history_none;
  if (path === 'contract.plan_id') return offerName(catalog, 'plans', value);
  if (path === 'contract.start_date' && typeof value === 'string') return date(value, locale);
  if (path === 'expires_at' && typeof value === 'string') return dateTime(value, locale);
  if (path === 'contract.items' && Array.isArray(value)) {
    const names = value.map((item: { product_id?: unknown; quantity?: unknown }) =>
      fill(t.line, {
        name: offerName(catalog, 'products', item?.product_id),
        quantity: formatValue(ctx, 'number', item?.quantity ?? 1),
      }),
    );
    return new Intl.ListFormat(locale, { type: 'unit' }).format(names);
  }
  if (typeof value === 'number') return new Intl.NumberFormat(locale).format(value);
  if (typeof value === 'boolean') return value ? t.history_true : t.history_false;
  if (typeof value === 'string') return value;
  // Something the trail should never hold (an object on a leaf): its keys and values, readably.
  if (Array.isArray(value)) return value.map((item) => formatValue(ctx, path, item)).join(', ');
  return Object.entries(value as Record<string, unknown>)
    .map(([key, item]) => `${key}: ${formatValue(ctx, path, item)}`)
    .join(', ');
}

/**
 * Each change of an entry as "<field label>: <from> → <to>". The session currency and the
 * contract's change together; that shows once.
 * @example describeChanges(ctx, entry) // ['Quantity: 3 → 5']
 */
export function describeChanges(ctx: HistoryContext, entry: HistoryEntry): string[] {
  const fields = new Set(entry.changes.map((change) => change.field));
  return entry.changes
    .filter((change) => !(change.field === 'currency' && fields.has('contract.currency')))
    .map((change) =>
      fill(ctx.t.history_change, {
        field: fieldLabel(ctx.t, change.field),
        from: formatValue(ctx, change.field, change.from),
        to: formatValue(ctx, change.field, change.to),
      }),
    );
}

/**
 * Who made an entry: "Shopper", "Merchant" or "Support: <name>".
 * @example actorLabel(t, { actor: 'support', actor_name: 'Ann' }) // 'Support: Ann'
 */
export function actorLabel(t: Messages, entry: Pick<HistoryEntry, 'actor' | 'actor_name'>) {
  if (entry.actor === 'client') return t.history_actor_client;
  if (entry.actor === 'support')
    return entry.actor_name
      ? fill(t.history_actor_support, { name: entry.actor_name })
      : t.history_actor_support_unnamed;
  return t.history_actor_merchant;
}
