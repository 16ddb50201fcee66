// Placeholder replaced below.
export async function checkNextApp() {
  throw new Error('not yet');
}
