import { describe, expect, it, vi } from 'vitest';

// `checkout-editor/testing` runs in the merchant's Playwright process: importing it must load
// neither React (the widget's peers), nor msw, nor @playwright/test (it needs only its types).
for (const name of ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query', 'msw']) {
  vi.doMock(name, () => {
    throw new Error(`checkout-editor/testing loaded ${name}`);
  });
}
vi.doMock('@playwright/test', () => {
  throw new Error('checkout-editor/testing loaded @playwright/test at run time');
});

describe('checkout-editor/testing entry', () => {
  it('loads without React, msw or @playwright/test', async () => {
    const testing = await import('../../src/testing/index.js');
    expect(Object.keys(testing).sort()).toEqual(['checkoutEditor', 'mockCheckoutApi']);
  });

  it('the guard works: a module that imports React fails to load', async () => {
    await expect(import('../../src/ui/CheckoutEditor.js')).rejects.toThrow(/mocking a module/);
  });
});
