import type { DemoLanguage } from './readDemoConfig.js';

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
  /** The edits cannot be saved as they are: the widget shows why (a field, an alert). */
  fixFirst: string;
  /** The saved total differs from what the shopper saw; `{total}` is the new one. */
  priceChanged: string;
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
  fixFirst: 'Your changes could not be saved. Check the checkout above, then continue again.',
  priceChanged: 'The total is now {total}. Check it, then continue to payment again.',
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
  fixFirst:
    'Ihre Änderungen konnten nicht gespeichert werden. Prüfen Sie die Angaben oben und fahren Sie dann fort.',
  priceChanged:
    'Der Gesamtbetrag ist jetzt {total}. Bitte prüfen Sie ihn und fahren Sie dann erneut fort.',
};

const fr: DemoMessages = {
  brand: 'Acme Cloud',
  secureCheckout: 'Paiement sécurisé',
  productTitle: 'Votre abonnement Acme Cloud',
  productLead:
    'Vérifiez votre formule, le nombre de postes et la date de début. Vous pouvez les modifier jusqu’au paiement.',
  continueToPayment: 'Passer au paiement',
  paying: 'Paiement en cours…',
  paid: 'Paiement effectué. Merci pour votre commande\u00a0!',
  paymentPending:
    'Votre paiement est en cours de traitement. Nous vous écrirons dès qu’il sera finalisé.',
  paymentDeclined: 'Votre carte a été refusée. Aucun montant n’a été débité.',
  notPayable: 'Cette commande ne peut plus être payée.',
  orderChanged: 'Votre commande a changé entre-temps. Vérifiez-la, puis réessayez.',
  paymentFailed: 'Le paiement n’a pas pu démarrer.',
  retryPayment: 'Réessayer',
  loadingMock: 'Démarrage du serveur de démonstration…',
  noSessionTitle: 'Aucune session de paiement',
  noSessionBody:
    'Ouvrez l’un des liens affichés par npm run demo, ou ajoutez ?session_id=…&client_secret=… à l’adresse.',
  tryMock: 'Essayer la démo avec le serveur simulé dans le navigateur',
  testModeNotice: 'Mode test\u00a0: aucun paiement réel n’est effectué.',
  fixFirst:
    'Vos modifications n’ont pas pu être enregistrées. Vérifiez la commande ci-dessus, puis continuez.',
  priceChanged:
    'Le total est désormais de {total}. Vérifiez-le, puis passez de nouveau au paiement.',
};

const es: DemoMessages = {
  brand: 'Acme Cloud',
  secureCheckout: 'Pago seguro',
  productTitle: 'Tu suscripción a Acme Cloud',
  productLead:
    'Revisa tu plan, las licencias y la fecha de inicio. Puedes cambiarlos hasta que pagues.',
  continueToPayment: 'Continuar al pago',
  paying: 'Procesando el pago…',
  paid: 'Pago completado. ¡Gracias por tu pedido!',
  paymentPending: 'Estamos procesando tu pago. Te enviaremos un correo cuando se complete.',
  paymentDeclined: 'Tu tarjeta ha sido rechazada. No se ha cobrado nada.',
  notPayable: 'Este pedido ya no se puede pagar.',
  orderChanged: 'Tu pedido ha cambiado mientras tanto. Revísalo e inténtalo de nuevo.',
  paymentFailed: 'No se pudo iniciar el pago.',
  retryPayment: 'Reintentar',
  loadingMock: 'Iniciando el servidor de demostración…',
  noSessionTitle: 'No hay ninguna sesión de pago',
  noSessionBody:
    'Abre uno de los enlaces que muestra npm run demo o añade ?session_id=…&client_secret=… a la dirección.',
  tryMock: 'Probar la demo con el servidor simulado en el navegador',
  testModeNotice: 'Modo de prueba: no se realiza ningún pago real.',
  fixFirst: 'No se pudieron guardar tus cambios. Revisa el pedido de arriba y vuelve a continuar.',
  priceChanged: 'El total ahora es {total}. Revísalo y vuelve a continuar al pago.',
};

const ja: DemoMessages = {
  brand: 'Acme Cloud',
  secureCheckout: '安全なお支払い',
  productTitle: 'Acme Cloud のご契約',
  productLead: 'プラン、席数、開始日をご確認ください。お支払いまでは変更できます。',
  continueToPayment: 'お支払いへ進む',
  paying: 'お支払いを処理しています…',
  paid: 'お支払いが完了しました。ご注文ありがとうございます。',
  paymentPending: 'お支払いを処理しています。完了しましたらメールでお知らせします。',
  paymentDeclined: 'カードが承認されませんでした。請求は発生していません。',
  notPayable: 'このご注文はお支払いできなくなりました。',
  orderChanged: 'ご注文内容が変更されました。内容をご確認のうえ、もう一度お試しください。',
  paymentFailed: 'お支払いを開始できませんでした。',
  retryPayment: 'もう一度試す',
  loadingMock: 'デモ用サーバーを起動しています…',
  noSessionTitle: 'チェックアウトセッションがありません',
  noSessionBody:
    'npm run demo が表示するリンクを開くか、アドレスに ?session_id=…&client_secret=… を追加してください。',
  tryMock: 'ブラウザー内の模擬サーバーでデモを試す',
  testModeNotice: 'テストモード：実際の請求は行われません。',
  fixFirst: '変更を保存できませんでした。上の内容をご確認のうえ、もう一度お進みください。',
  priceChanged: '合計が{total}になりました。ご確認のうえ、もう一度お支払いへお進みください。',
};

const ar: DemoMessages = {
  brand: 'Acme Cloud',
  secureCheckout: 'دفع آمن',
  productTitle: 'اشتراكك في Acme Cloud',
  productLead: 'راجع الباقة وعدد المقاعد وتاريخ البدء. يمكنك تغييرها حتى تدفع.',
  continueToPayment: 'المتابعة إلى الدفع',
  paying: 'جارٍ معالجة الدفع…',
  paid: 'اكتمل الدفع. شكرًا لطلبك!',
  paymentPending: 'دفعتك قيد المعالجة. سنراسلك بالبريد الإلكتروني عند اكتمالها.',
  paymentDeclined: 'رُفضت بطاقتك. لم يُخصم أي مبلغ.',
  notPayable: 'لم يعد بالإمكان دفع هذا الطلب.',
  orderChanged: 'تغيّر طلبك في هذه الأثناء. راجعه ثم حاول مرة أخرى.',
  paymentFailed: 'تعذّر بدء الدفع.',
  retryPayment: 'إعادة المحاولة',
  loadingMock: 'جارٍ تشغيل خادم العرض التوضيحي…',
  noSessionTitle: 'لا توجد جلسة دفع',
  noSessionBody:
    'افتح أحد الروابط التي يطبعها npm run demo، أو أضف ?session_id=…&client_secret=… إلى العنوان.',
  tryMock: 'جرّب العرض التوضيحي مع الخادم المحاكى في المتصفح',
  testModeNotice: 'وضع الاختبار: لن يتم أي دفع حقيقي.',
  fixFirst: 'تعذّر حفظ تغييراتك. راجع الطلب أعلاه ثم تابع مجددًا.',
  priceChanged: 'أصبح الإجمالي {total}. راجعه ثم تابع إلى الدفع مجددًا.',
};

const byLanguage: Record<DemoLanguage, DemoMessages> = { en, de, fr, es, ja, ar };

/**
 * The storefront strings for a language.
 *
 * @example demoMessages('de').continueToPayment // 'Weiter zur Zahlung'
 */
export function demoMessages(language: DemoLanguage): DemoMessages {
  return byLanguage[language];
}
