const traceparent = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}(-.*)?$/;
const zeros = /^0+$/;

/**
 * The trace id of a W3C `traceparent` header (`00-<32 hex trace id>-<16 hex parent id>-<flags>`),
 * or undefined for none or a malformed one (as the Trace Context spec says to treat it):
 * version `ff` and all-zero ids are invalid, version 00 has exactly four fields, later versions
 * may add more. The server puts it in the request's log line, next to its request id.
 * @example traceIdOf('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01') // '4bf92f…4736'
 */
export function traceIdOf(header: string | undefined): string | undefined {
  if (header === undefined || header.length > 512) return undefined;
  const match = traceparent.exec(header.trim());
  if (!match) return undefined;
  const [, version, traceId, parentId, rest] = match;
  if (version === 'ff' || (version === '00' && rest !== undefined)) return undefined;
  if (!traceId || !parentId || zeros.test(traceId) || zeros.test(parentId)) return undefined;
  return traceId;
}
