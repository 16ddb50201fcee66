import { useMessages } from './useMessages.js';

const bones = ['label', 'plan', 'plan', 'plan', 'label', 'input', 'label', 'input'];

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
        <div className="ce-main">
          {bones.map((bone, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list that never reorders
            <div key={i} className={`ce-bone ce-bone-${bone}`} />
          ))}
        </div>
        <div className="ce-aside">
          <div className="ce-bone ce-bone-summary" />
        </div>
      </div>
    </div>
  );
}
