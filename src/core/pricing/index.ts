export { type PricedQuantity, priceQuantity } from './priceQuantity.js';
