export type { ApiRequest, ApiRequestBody, ApiRequestHeaders, ApiResponse } from './apiRequest.js';
export { apiRequestHeaders, maxBodyBytes } from './apiRequest.js';
export type { ApiService, ApiServiceOptions } from './createApiService.js';
export { createApiService } from './createApiService.js';
export type { WebCrypto } from './createSecrets.js';
export { healthAnswer } from './healthAnswer.js';
export { newRequestId } from './newRequestId.js';
export { openApiDocument } from './openApiDocument.js';
export { isJsonContentType } from './readJsonBody.js';
export type {
  IdempotencyRecord,
  SharedStoredSession,
  Store,
  StoredSession,
  StoreTx,
  SupportTokenRecord,
} from './store.js';
export { StorageUnavailableError } from './store.js';
