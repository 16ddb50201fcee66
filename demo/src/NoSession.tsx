import { demoMessages } from './demoMessages.js';
import type { DemoLanguage } from './readDemoConfig.js';

/**
 * What the page shows without a session to open: how to get one.
 *
 * @example <NoSession locale="en-US" language="en" />
 */
export function NoSession({
  locale,
  language,
}: {
  locale: string | undefined;
  language: DemoLanguage;
}) {
  const messages = demoMessages(language);
  const mockLink = `?mock=1${locale ? `&locale=${encodeURIComponent(locale)}` : ''}${language === 'en' ? '' : `&lang=${language}`}`;
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
