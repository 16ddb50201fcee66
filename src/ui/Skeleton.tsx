import { useMessages } from './useMessages.js';

/**
 * Placeholder blocks shaped like the editor (plans, quantity, date, summary), so nothing jumps
 * when the session arrives.
 * @example {state.kind === 'loading' ? <Skeleton /> : <EditorForm … />}
 */
export function Skeleton() {
  const { messages: t } = useMessages();
  return (
    <div className="ce-card ce-skeleton" aria-busy="true">
      <p className="ce-visually-hidden" role="status">
        {t.loading}
      </p>
      <div className="ce-layout" aria-hidden="true">
        {/* The plan cards and fields are drawn by styles.css (.ce-bones), one element. */}
        <div className="ce-main ce-bone ce-bones" />
        <div className="ce-aside">
          <div className="ce-bone ce-bone-summary" />
        </div>
      </div>
    </div>
  );
}
