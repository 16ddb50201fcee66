export { applyUpdate, maxChangingUpdates, type UpdateOutcome } from './applyUpdate.js';
export { auditTrail, withAuditTrail } from './auditTrail.js';
export { checkFieldPermissions, shopperFields } from './checkFieldPermissions.js';
export { checkSupportTokenRequest, supportTokenTtl } from './checkSupportTokenRequest.js';
export { webUrlScheme } from './checkUrl.js';
export { computeEstimate } from './computeEstimate.js';
export { type ConfirmOutcome, confirmSession } from './confirmSession.js';
export { type CreateOutcome, createSession } from './createSession.js';
export { currencyExponent } from './currencyExponent.js';
export { addDays, addInterval, dayMs, isDate, parseDateTime, todayUtc } from './dates.js';
export { diffSessions } from './diffSessions.js';
export { effectiveStatus } from './effectiveStatus.js';
export { findInvalidCharacter } from './findInvalidCharacter.js';
export { isCountryCode } from './isCountryCode.js';
export { auditTrailKey } from './mergeCustomData.js';
export {
  parseConfirmRequest,
  parseCreateRequest,
  parseSummaryRequest,
  parseSupportTokenRequest,
  parseUpdateRequest,
} from './parseRequest.js';
export type { Parsed, RuleContext } from './ruleContext.js';
export { longAuditStrings, maxAuditString, shortenAuditEntry } from './shortenAuditEntry.js';
export { type SummaryOutcome, summarize } from './summarize.js';
export { type CatalogValidation, validateCatalog } from './validateCatalog.js';
export { type ContractValidation, validateContract } from './validateContract.js';
