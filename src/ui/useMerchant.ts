import { type ComponentType, createContext } from 'react';
import type { Catalog, Session, UpdateRequest } from '../core/index.js';
import type { AreaPick, EditorField, EditorValues, FieldProblem, Section } from '../form/index.js';

/** Props the support-staff sections get from the editor form. */
export interface MerchantSectionsProps {
  /** The session as loaded or last saved (the change history shows its audit trail). */
  session: Session;
  sections: readonly Section[];
  catalog: Catalog;
  onCustomDataEdit: () => void;
}

/**
 * The support-staff sections and their checks, which `checkout-editor/merchant` plugs into the
 * editor. Without them the editor shows the shopper sections only.
 */
export interface MerchantEditors {
  Sections: ComponentType<MerchantSectionsProps>;
  /**
   * The "Change history", in the form and in the read-only view; it shows when `sections`
   * (below) has `"audit_trail"`.
   */
  History: ComponentType<{ session: Session }>;
  /** Starting values of every field, the support-staff ones included. */
  values: (session: Session) => EditorValues;
  /** The field an API error detail belongs on, the support-staff fields included. */
  fieldForPath: (path: string) => EditorField | undefined;
  /** What a version conflict compares, the support-staff areas included. */
  areas: AreaPick[];
  /** The PATCH body, the support-staff fields and the chosen reason included. */
  body: (session: Session, values: EditorValues, sections: readonly Section[]) => UpdateRequest;
  /** The editor's sections, as the merchant editor passes them. */
  sections?: readonly Section[] | undefined;
  validate: (
    session: Session,
    values: EditorValues,
    sections: readonly Section[],
    catalog: Catalog,
    now: Date,
  ) => FieldProblem[];
}

export const MerchantContext = createContext<MerchantEditors | null>(null);
