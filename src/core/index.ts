export * from './catalog.js';
export * from './contract.js';
export * from './errors.js';
export * from './estimate.js';
export * from './requests.js';
export * from './session.js';
