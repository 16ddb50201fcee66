import type { FormProblem } from '../form/index.js';
import { fill } from './fill.js';
import { useMessages } from './useMessages.js';

/** Props of {@link FormAlert}. */
export interface FormAlertProps {
  problem: FormProblem;
  /** What the buttons do, by their message key: "Retry" resends, "Reload session" reloads. */
  actions: { retry: () => void; reload: () => void };
}

/**
 * The form-level `role="alert"`: state errors explain and offer "Reload session", network
 * failures offer "Retry" (same submission, same Idempotency-Key).
 * @example <FormAlert problem={{ kind: 'network' }} actions={{ retry, reload }} />
 */
export function FormAlert({ problem, actions }: FormAlertProps) {
  const { messages: t, locale } = useMessages();
  const { kind } = problem;
  // Only the areas the editor compares come here: a storefront's, or with
  // `checkout-editor/merchant` also the support-staff ones, whose names come with that entry.
  const areas = kind === 'conflict' ? problem.changes?.map((area) => t[`area_${area}`]) : undefined;
  const lines =
    kind === 'invalid'
      ? [t.invalid_form]
      : kind === 'network'
        ? [t.network_error]
        : kind === 'state'
          ? [t[problem.code]]
          : kind === 'conflict'
            ? [
                t.version_conflict,
                areas?.length
                  ? fill(t.version_conflict_changes, {
                      areas: new Intl.ListFormat(locale).format(areas),
                    })
                  : t.version_conflict_unknown,
              ]
            : problem.messages.map((message) => fill(t.request_failed, { message }));
  // Network failures retry the same submission; state errors and conflicts need the latest session.
  const action =
    kind === 'network' ? 'retry' : kind === 'invalid' || kind === 'rejected' ? undefined : 'reload';
  return (
    <div role="alert" className="ce-alert">
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {action && (
        <button type="button" className="ce-button" onClick={actions[action]}>
          {t[action]}
        </button>
      )}
    </div>
  );
}
