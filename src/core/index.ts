export * from './catalog.js';
export * from './contract.js';
export * from './errors.js';
export * from './estimate.js';
export * from './pricing/index.js';
export * from './requests.js';
export * from './rules/index.js';
export * from './session.js';
