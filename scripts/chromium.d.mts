/** Launch options for Debian's Chromium, shared by the e2e config, the smoke test and the bench. */
export declare const chromiumLaunchOptions: { executablePath: string; args: string[] };
