import {
  buildMerchantBody,
  merchantAreas,
  merchantFieldForPath,
  merchantValues,
  validateMerchantValues,
} from '../../form/index.js';
import type { MerchantEditors } from '../useMerchant.js';
import { ChangeHistory } from './ChangeHistory.js';
import { MerchantSections } from './MerchantSections.js';

/**
 * The support-staff sections and their checks, as the editor form plugs them in.
 * @example <MerchantContext.Provider value={merchantEditors}>…</MerchantContext.Provider>
 */
export const merchantEditors: MerchantEditors = {
  Sections: MerchantSections,
  History: ChangeHistory,
  values: merchantValues,
  fieldForPath: merchantFieldForPath,
  areas: merchantAreas,
  body: buildMerchantBody,
  validate: validateMerchantValues,
};
