import { type SyntheticEvent, useCallback, useContext, useRef, useState } from 'react';
import { CheckoutApiError, type CheckoutError } from '../client/index.js';
import type { Catalog, Session } from '../core/index.js';
import { buildSubmission, type Section } from '../form/index.js';
import type { EditorState, Flusher } from './CheckoutEditorProps.js';
import { CustomerFields } from './CustomerFields.js';
import { FormAlert } from './FormAlert.js';
import { focusField } from './focusField.js';
import { LivePriceSummary } from './LivePriceSummary.js';
import { PlanField } from './PlanField.js';
import { QuantityField } from './QuantityField.js';
import { TextField } from './TextField.js';
import { useActivityReport } from './useActivityReport.js';
import { useEditorForm } from './useEditorForm.js';
import { FieldBindingContext } from './useFieldBinding.js';
import { MerchantContext } from './useMerchant.js';
import { useMessages } from './useMessages.js';
import { useSaveFlow } from './useSaveFlow.js';

/** Props of {@link EditorForm}. */
export interface EditorFormProps {
  session: Session;
  catalog: Catalog;
  sections: readonly Section[];
  previewDebounceMs: number;
  onUpdated?: ((session: Session) => void) | undefined;
  onError?: ((error: CheckoutError) => void) | undefined;
  /** The editor's activity, each change once (CheckoutEditor's `onStateChange`). */
  onStateChange?: ((state: EditorState) => void) | undefined;
  /** Where the form puts the host's `ref.flush()` while it is mounted. */
  flusher: Flusher;
}

/**
 * The "Edit checkout" form of an editable session: the editors of the shown sections, the live
 * price summary, "Save changes" and the save outcome. It does not watch the values: each editor
 * and the summary subscribe to the fields they show, so a keystroke re-renders only those.
 * @example <EditorForm session={session} catalog={catalog} sections={defaultSections} previewDebounceMs={300} flusher={flusher} />
 */
export function EditorForm(props: EditorFormProps) {
  const { session, catalog, sections } = props;
  const { messages: t } = useMessages();
  const merchant = useContext(MerchantContext);
  const [notice, setNoticeState] = useState<'none' | 'invalid' | 'unchanged'>('none');
  const noticeRef = useRef(notice);
  // Guarded, not left to React's bail-out: that may still render the form on a keystroke.
  const setNotice = (next: typeof notice) => {
    if (noticeRef.current === next) return;
    noticeRef.current = next;
    setNoticeState(next);
  };
  const model = useEditorForm(session, catalog, sections, props.previewDebounceMs, () => {
    save.edited();
    setNotice('none');
  });
  const { form } = model.bindings;
  // sections, onUpdated and onError go on as they came.
  const save = useSaveFlow(session, form, {
    ...props,
    describe: model.describe,
  });

  // "Save changes", and the host's `ref.flush()` (quiet: no "nothing to save" notice): the saved
  // session, the unchanged one, or the CheckoutError (invalid input: a 422 validation_failed).
  const attempt = (quiet?: boolean): Promise<Session> => {
    if (save.saving) return save.settled();
    const current = form.getValues();
    const problems = model.validate(current);
    const first = problems[0];
    if (first) {
      model.reveal(...problems.map((p) => p.field));
      setNotice('invalid');
      focusField(form, first.field);
      return Promise.reject(
        new CheckoutApiError({ status: 422, code: 'validation_failed', message: t.invalid_form }),
      );
    }
    const submission = buildSubmission(session, current, sections, merchant?.body);
    if (submission || !quiet) setNotice(submission ? 'none' : 'unchanged');
    return submission ? save.submit(submission) : Promise.resolve(session);
  };
  props.flusher.current = () => attempt(true);
  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    // The outcome shows in the form; only the host's flush() needs the promise.
    attempt().catch(() => undefined);
  };

  const onPreviewing = useActivityReport(
    form,
    save.saving ? 'saving' : save.problem ? 'failed' : save.saved ? 'saved' : undefined,
    session,
    props.onStateChange,
  );
  const onCustomDataEdit = useCallback(() => model.edited('custom_data'), [model.edited]);
  const has = (section: Section) => sections.includes(section);
  const problem = notice === 'invalid' ? ({ kind: 'invalid' } as const) : save.problem;

  return (
    <FieldBindingContext.Provider value={model.bindings}>
      <form className="ce-card" aria-label={t.form} noValidate onSubmit={onSubmit}>
        <div className="ce-layout">
          <div className="ce-main">
            {has('plan') && <PlanField plans={catalog.plans} />}
            {has('quantity') && <QuantityField plans={catalog.plans} onStep={model.onStep} />}
            {has('start_date') && (
              <TextField
                name="start_date"
                label={t.start_date}
                type="date"
                {...model.startDateField}
              />
            )}
            {has('customer') && <CustomerFields session={session} />}
            {merchant && (
              <merchant.Sections
                session={session}
                sections={sections}
                catalog={catalog}
                onCustomDataEdit={onCustomDataEdit}
              />
            )}
          </div>
          <div className="ce-aside">
            <LivePriceSummary {...props} now={model.now} onPreviewing={onPreviewing} />
            {problem && <FormAlert problem={problem} actions={save} />}
            <button
              type="submit"
              className="ce-button-save"
              aria-disabled={save.saving || undefined}
            >
              {t.save}
            </button>
            <p role="status" className="ce-status">
              {save.saving
                ? t.saving
                : save.saved
                  ? t.saved
                  : notice === 'unchanged'
                    ? t.nothing_to_save
                    : ''}
            </p>
          </div>
        </div>
      </form>
    </FieldBindingContext.Provider>
  );
}
