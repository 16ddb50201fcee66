/** The storefront's own strings (the widget brings its own). */
export interface DemoMessages {
  brand: string;
  secureCheckout: string;
  productTitle: string;
  productLead: string;
  continueToPayment: string;
  paying: string;
  paid: string;
  paymentPending: string;
  paymentDeclined: string;
  notPayable: string;
  orderChanged: string;
  paymentFailed: string;
  retryPayment: string;
  loadingMock: string;
  noSessionTitle: string;
  noSessionBody: string;
  tryMock: string;
  testModeNotice: string;
  saveFirst: string;
}

const en: DemoMessages = {
  brand: 'Acme Cloud',
  secureCheckout: 'Secure checkout',
  productTitle: 'Your Acme Cloud subscription',
  productLead: 'Review your plan, seats and start date. You can change them until you pay.',
  continueToPayment: 'Continue to payment',
  paying: 'Processing payment…',
  paid: 'Payment complete. Thank you for your order!',
  paymentPending: 'Your payment is being processed. We will email you when it completes.',
  paymentDeclined: 'Your card was declined. Nothing was charged.',
  notPayable: 'This checkout can no longer be paid.',
  orderChanged: 'Your order changed in the meantime. Review it and try again.',
  paymentFailed: 'The payment could not be started.',
  retryPayment: 'Try again',
  loadingMock: 'Starting the demo backend…',
  noSessionTitle: 'No checkout session',
  noSessionBody:
    'Open one of the links printed by npm run demo, or add ?session_id=…&client_secret=… to the address.',
  tryMock: 'Try the demo with the in-browser mock backend',
  testModeNotice: 'Test mode: no real payment is made.',
  saveFirst: 'Save your changes first: payment is for the saved plan and price.',
};

const de: DemoMessages = {
  brand: 'Acme Cloud',
  secureCheckout: 'Sicherer Checkout',
  productTitle: 'Ihr Acme-Cloud-Abonnement',
  productLead: 'Prüfen Sie Tarif, Plätze und Startdatum. Bis zur Zahlung können Sie alles ändern.',
  continueToPayment: 'Weiter zur Zahlung',
  paying: 'Zahlung wird verarbeitet…',
  paid: 'Zahlung abgeschlossen. Vielen Dank für Ihre Bestellung!',
  paymentPending: 'Ihre Zahlung wird verarbeitet. Wir benachrichtigen Sie per E-Mail.',
  paymentDeclined: 'Ihre Karte wurde abgelehnt. Es wurde nichts belastet.',
  notPayable: 'Dieser Checkout kann nicht mehr bezahlt werden.',
  orderChanged: 'Ihre Bestellung wurde zwischenzeitlich geändert. Bitte prüfen Sie sie erneut.',
  paymentFailed: 'Die Zahlung konnte nicht gestartet werden.',
  retryPayment: 'Erneut versuchen',
  loadingMock: 'Demo-Backend wird gestartet…',
  noSessionTitle: 'Keine Checkout-Sitzung',
  noSessionBody:
    'Öffnen Sie einen der von npm run demo ausgegebenen Links oder hängen Sie ?session_id=…&client_secret=… an die Adresse an.',
  tryMock: 'Demo mit dem Mock-Backend im Browser ausprobieren',
  testModeNotice: 'Testmodus: Es wird keine echte Zahlung ausgeführt.',
  saveFirst: 'Speichern Sie zuerst Ihre Änderungen: Bezahlt wird der gespeicherte Tarif und Preis.',
};

/**
 * The storefront strings for a language.
 *
 * @example demoMessages('de').continueToPayment // 'Weiter zur Zahlung'
 */
export function demoMessages(language: 'en' | 'de'): DemoMessages {
  return language === 'de' ? de : en;
}
