import { isServer } from '@tanstack/react-query';
import { memo, useEffect, useRef, useState } from 'react';
import { defaultSections } from '../form/index.js';
import {
  catalogQuery,
  sessionQuery,
  useCatalog,
  useCheckoutContext,
  useCheckoutSession,
} from '../react/index.js';
import type { CheckoutEditorProps, EditorState, Flusher } from './CheckoutEditorProps.js';
import { EditorForm } from './EditorForm.js';
import { date, money } from './format.js';
import { ReadOnlyView } from './ReadOnlyView.js';
import { Skeleton } from './Skeleton.js';
import { useMessages } from './useMessages.js';

/**
 * Props of {@link EditorRoot}: those of the editor, passed through (it applies the defaults),
 * with the callbacks always given and stable (CheckoutEditor's relays).
 */
export type EditorRootProps = Pick<
  CheckoutEditorProps,
  | 'sessionId'
  | 'sections'
  | 'previewDebounceMs'
  | 'initialSession'
  | 'initialCatalog'
  | 'staleTimeMs'
> &
  Required<{
    [K in 'onUpdated' | 'onError' | 'onStateChange']: NonNullable<CheckoutEditorProps[K]>;
  }> & {
    /** `ref.flush()`: the session as loaded (or its load error) unless the form takes over. */
    flusher: Flusher;
  };

/**
 * Picks what to render for the session: skeleton, load failure, read-only view or the form.
 * Memoised: CheckoutEditor hands it stable callbacks, so a host's re-render stops here.
 * @example <EditorRoot sessionId={id} />
 */
export const EditorRoot = memo(function EditorRoot(props: EditorRootProps) {
  const { messages: t, locale } = useMessages();
  const { client, queryClient } = useCheckoutContext();
  // The host's data (server rendering) counts as fetched when this editor first renders: the
  // form is on screen at once, and refreshed in the background only once older than staleTimeMs.
  // (A query without initialDataUpdatedAt counts its initialData as fetched when it is created,
  // here in the first render; the seed of a later render changes nothing.)
  const staleTime = props.staleTimeMs ?? 30_000;
  const seed = <T,>(initialData: T | undefined) => initialData && { initialData, staleTime };
  const sessionSeed = seed(props.initialSession);
  const catalogSeed = seed(props.initialCatalog);
  // Render-as-you-fetch: both requests leave during the first render instead of after the first
  // commit (a query fetches once its observer subscribes, in an effect), so the network overlaps
  // React rendering the page. Same query keys: the hooks below pick up the requests in flight.
  // Seeded data is only fetched when stale; a server render never fetches (no observer runs).
  useState(() => {
    if (isServer) return;
    void queryClient.prefetchQuery(sessionQuery(client, props.sessionId, sessionSeed));
    void queryClient.prefetchQuery(catalogQuery(client, catalogSeed));
  });
  // The first Intl formatters of a page load ICU's data (40 to 150 ms each in Chromium here):
  // build a date and a money one now, while the requests are in flight, not after they answer.
  useEffect(() => void [date('2000-01-01', locale), money(0, 'USD', locale)], [locale]);
  const state = useCheckoutSession(props.sessionId, sessionSeed);
  // Nothing to save without the form: the current session (or its load error).
  props.flusher.current = () => queryClient.fetchQuery(sessionQuery(client, props.sessionId));
  // Requested with the session (above), not after it: an editable session (the usual case) waits
  // for one round trip instead of two. A read-only or missing session never looks at it.
  const catalog = useCatalog({ seed: catalogSeed });
  const { onStateChange, onError } = props;
  const failed =
    state.kind === 'failed'
      ? state
      : state.kind === 'editable' && catalog.kind === 'failed'
        ? catalog
        : undefined;
  const loadError = failed?.error;
  useEffect(() => {
    if (loadError) onError(loadError);
  }, [loadError, onError]);

  const ready = state.kind === 'editable' && catalog.kind === 'ready';
  // Report each state once, not on every render; the form reports its own.
  const outer: EditorState | undefined = loadError
    ? { kind: 'load_failed', error: loadError }
    : state.kind === 'read_only'
      ? { kind: 'read_only', session: state.session, reason: state.reason }
      : ready
        ? undefined
        : { kind: 'loading' };
  const outerKey = outer && `${outer.kind}${'session' in outer ? outer.session.version : ''}`;
  // Each state once, not on every render.
  const sent = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (outerKey === sent.current) return;
    sent.current = outerKey;
    if (outer) onStateChange(outer);
  });

  if (state.kind === 'read_only') return <ReadOnlyView {...state} />;
  if (failed) {
    const { error } = failed;
    const notFound =
      error.kind === 'api' && (error.code === 'session_not_found' || error.code === 'unauthorized');
    return (
      <div className="ce-card">
        <div role="alert" className="ce-alert">
          <p>{notFound ? t.not_found : t.load_failed}</p>
          {!notFound && (
            <button type="button" className="ce-button" onClick={failed.reload}>
              {t.retry}
            </button>
          )}
        </div>
      </div>
    );
  }
  if (!ready) return <Skeleton />;
  return (
    // onUpdated, onError, onStateChange and flusher go on as they came.
    <EditorForm
      {...props}
      session={state.session}
      catalog={catalog.catalog}
      sections={props.sections ?? defaultSections}
      previewDebounceMs={props.previewDebounceMs ?? 300}
    />
  );
});
