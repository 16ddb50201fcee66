import type { QuantityRange } from '../catalog.js';

/** The quantity bounds of an offer without a `quantity` range: exactly 1. */
export const defaultQuantityRange: Readonly<QuantityRange> = { min: 1, max: 1 };
