/** One structured log line; the server writes it as JSON. Never contains credentials. */
export type LogLine = Record<string, unknown>;

// Batching: a synchronous write to a pipe per request costs ~10 % of a fast endpoint's CPU, and
// every chunk also costs whoever reads the pipe. Lines are collected and written when 32 KiB
// pile up or 50 ms after the first of a batch, whichever comes first.
const maxBuffered = 32 * 1024;
const maxDelayMs = 50;
let buffered = '';
let timer: ReturnType<typeof setTimeout> | undefined;
let hooked = false;

function flush(): void {
  if (timer !== undefined) {
    clearTimeout(timer);
    timer = undefined;
  }
  if (buffered === '') return;
  const text = buffered;
  buffered = '';
  process.stdout.write(text);
}

/**
 * Writes one JSON line per call on stdout, batched: lines appear in order within 50 ms, and what
 * is pending is written on process exit (stdout is synchronous for files and pipes on Linux, so
 * `process.exit()` loses nothing; only a kill -9 can lose the last 50 ms of lines).
 * @example logJsonLine({ method: 'GET', path: '/catalog', status: 200 });
 */
export function logJsonLine(line: LogLine): void {
  logJsonText(JSON.stringify(line));
}

/**
 * Writes one line that is already JSON text (the request log builds its line by hand: see
 * requestLineText), batched like logJsonLine.
 * @example logJsonText('{"msg":"ready"}');
 */
export function logJsonText(text: string): void {
  buffered += `${text}\n`;
  if (!hooked) {
    hooked = true;
    process.once('exit', flush);
  }
  if (buffered.length >= maxBuffered) flush();
  else if (timer === undefined) {
    timer = setTimeout(flush, maxDelayMs);
    // Pending lines never keep the process alive; the exit hook writes them.
    timer.unref();
  }
}

let lastMs = Number.NaN;
let lastTime = '';

/** The time now in ISO 8601; under load many lines share a millisecond, formatted once. */
export function isoTimeNow(): string {
  const ms = Date.now();
  if (ms !== lastMs) {
    lastMs = ms;
    lastTime = new Date(ms).toISOString();
  }
  return lastTime;
}

/** Writes whatever is pending now (the server calls it when it closes). */
export function flushJsonLines(): void {
  flush();
}

// A finite number prints the same in a template as in JSON (JSON has no NaN or Infinity).
const jsonNumber = (n: number) => (Number.isFinite(n) ? `${n}` : 'null');

/**
 * The request log line as JSON text, byte for byte what `JSON.stringify` makes of
 * `{ time, method, path, status, ms, request_id, trace_id }` (a test holds it to that; no
 * `trace_id` without one), without building the object and walking it for every request.
 * @example requestLineText('2026-11-25T13:00:00.000Z', 'GET', '/catalog', 200, 0.4, 'req_…', undefined)
 * // '{"time":"2026-11-25T13:00:00.000Z","method":"GET","path":"/catalog","status":200,"ms":0.4,"request_id":"req_…"}'
 */
export function requestLineText(
  time: string,
  method: string,
  path: string,
  status: number,
  ms: number,
  requestId: string,
  traceId: string | undefined,
): string {
  const trace = traceId === undefined ? '' : `,"trace_id":${JSON.stringify(traceId)}`;
  return `{"time":${JSON.stringify(time)},"method":${JSON.stringify(method)},"path":${JSON.stringify(path)},"status":${jsonNumber(status)},"ms":${jsonNumber(ms)},"request_id":${JSON.stringify(requestId)}${trace}}`;
}
