import { useMessages } from './useMessages.js';

/**
 * Placeholder blocks shaped like the editor (plans, quantity, date, summary), so nothing jumps
 * when the session arrives. The blocks are drawn by styles.css (`.ce-skeleton::before/::after`),
 * laid out by the widget's width like the form.
 * @example {state.kind === 'loading' ? <Skeleton /> : <EditorForm … />}
 */
export function Skeleton() {
  const { messages: t } = useMessages();
  return (
    <div className="ce-card ce-skeleton" aria-busy>
      <p className="ce-visually-hidden" role="status">
        {t.loading}
      </p>
    </div>
  );
}
