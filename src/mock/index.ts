export type {
  Fault,
  FaultAction,
  FaultPlan,
  MockFailures,
  MockOperation,
} from './createFaultPlan.js';
export { createMemoryStore, type MemoryStore } from './createMemoryStore.js';
export {
  createMockApi,
  type MockAnswer,
  type MockApi,
  type MockApiOptions,
  type MockRequest,
} from './createMockApi.js';
export {
  createMockBackend,
  type MockBackend,
  type MockBackendOptions,
  type MockCall,
} from './createMockBackend.js';
export { type MockSessionSeed, mockClientSecret, type SeededSession } from './seedSessions.js';
