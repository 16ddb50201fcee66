import { demoMessages } from './demoMessages.js';

/**
 * What the page shows without a session to open: how to get one.
 *
 * @example <NoSession locale="en-US" />
 */
export function NoSession({ locale }: { locale: string | undefined }) {
  const messages = demoMessages(locale);
  const mockLink = `?mock=1${locale ? `&locale=${encodeURIComponent(locale)}` : ''}`;
  return (
    <main className="store-main">
      <h1>{messages.noSessionTitle}</h1>
      <p>{messages.noSessionBody}</p>
      <p>
        <a href={mockLink}>{messages.tryMock}</a>
      </p>
    </main>
  );
}
