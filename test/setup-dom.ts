import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Two cores run several jsdom files at once: give findBy*/waitFor room before calling it a failure.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});
