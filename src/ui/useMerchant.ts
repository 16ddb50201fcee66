import { type ComponentType, createContext } from 'react';
import type { Catalog, Session } from '../core/index.js';
import type { EditorValues, FieldProblem, Section } from '../react/index.js';

/** Props the support-staff sections get from the editor form. */
export interface MerchantSectionsProps {
  sections: readonly Section[];
  catalog: Catalog;
  customDataError: string | undefined;
  onCustomDataEdit: () => void;
}

/**
 * The support-staff sections and their checks, which `checkout-editor/merchant` plugs into the
 * editor. Without them the editor shows the shopper sections only.
 */
export interface MerchantEditors {
  Sections: ComponentType<MerchantSectionsProps>;
  validate: (
    session: Session,
    values: EditorValues,
    sections: readonly Section[],
    catalog: Catalog,
    now: Date,
  ) => FieldProblem[];
}

export const MerchantContext = createContext<MerchantEditors | null>(null);
