import type { Messages } from './en.js';
import { de as deStorefront } from './storefront/de.js';

/**
 * German strings, support-staff sections included; the `checkout-editor/locales/de` entry, so
 * only hosts that want German download them. Pass them as `messages` with a German `locale`:
 * @example
 * import { messagesDe } from 'checkout-editor/locales/de';
 * <CheckoutEditor sessionId={id} clientSecret={secret} locale="de-DE" messages={messagesDe} />
 */
export const de: Messages = {
  ...deStorefront,
  settings: 'Sitzungseinstellungen',
  expires_at: 'Läuft ab am',
  expires_at_hint: 'Ihre Ortszeit; höchstens 30 Tage ab jetzt.',
  currency: 'Währung',
  redirect_urls: 'Weiterleitungen',
  success_url: 'Erfolgs-URL',
  cancel_url: 'Abbruch-URL',
  pending_url: 'Ausstehend-URL',
  attribution: 'Attribution',
  utm_source: 'UTM-Quelle',
  utm_medium: 'UTM-Medium',
  utm_campaign: 'UTM-Kampagne',
  utm_term: 'UTM-Begriff',
  utm_content: 'UTM-Inhalt',
  custom_data: 'Eigene Daten',
  custom_data_key: 'Schlüssel',
  custom_data_value: 'Wert',
  custom_data_add: 'Feld hinzufügen',
  custom_data_remove: 'Feld {key} entfernen',
  custom_data_row: 'Feld {index}',
  update_reason: 'Grund der Änderung',
  reason_auto: 'Aus den Änderungen ableiten',
  reason_plan_change: 'Tarifwechsel',
  reason_quantity_change: 'Mengenänderung',
  reason_billing_date_change: 'Änderung des Abrechnungsdatums',
  reason_customer_correction: 'Korrektur der Kundendaten',
  reason_configuration_update: 'Konfigurationsänderung',
  reason_other: 'Sonstiges',
  update_note: 'Notiz',
  area_currency: 'Währung',
  area_expires_at: 'Ablaufzeit',
  area_redirect_urls: 'Weiterleitungs-URLs',
  area_attribution: 'Attribution',
  area_custom_data: 'eigene Daten',
  expires_soon: 'Dieser Checkout läuft um {time} ab, in weniger als 10 Minuten.',
  change_history: 'Änderungsverlauf',
  history_empty: 'Noch keine Änderungen erfasst.',
  history_version: 'Version {version}',
  history_separator: ' · ',
  history_actor_client: 'Käufer',
  history_actor_merchant: 'Händler',
  history_actor_support: 'Support: {name}',
  history_actor_support_unnamed: 'Support',
  history_reason: 'Grund: {reason}',
  history_no_reason: 'Kein Grund angegeben',
  history_note: 'Notiz: {note}',
  history_change: '{field}: {from} → {to}',
  history_none: 'keine Angabe',
  history_shortened: '{value}… (gekürzt; insgesamt {length} Zeichen)',
  history_true: 'wahr',
  history_false: 'falsch',
  history_items: 'Produkte',
  history_custom_data: 'Eigene Daten „{key}“',
  history_address: 'Adresse ({part})',
  history_address_line1: 'Zeile 1',
  history_address_line2: 'Zeile 2',
  history_address_city: 'Ort',
  history_address_postal_code: 'Postleitzahl',
  history_address_state: 'Bundesland',
  history_address_country: 'Land',
  history_referrer: 'Verweisende Seite',
  history_landing_page: 'Einstiegsseite',
  read_only_access_expired:
    'Ihr Zugriff auf diesen Checkout ist abgelaufen. Öffnen Sie ihn erneut aus Ihrem Support-Werkzeug.',
  err_invalid_url: 'Geben Sie eine absolute URL wie https://example.com/fertig ein.',
  err_url_not_https: 'Die URL muss mit https:// beginnen.',
  err_url_too_long: 'Diese URL ist zu lang.',
  err_expires_at_out_of_range:
    'Wählen Sie einen Zeitpunkt nach jetzt und höchstens 30 Tage im Voraus.',
  err_invalid_datetime: 'Geben Sie Datum und Uhrzeit ein.',
  err_custom_data_limit:
    'Schlüssel: höchstens 40 Buchstaben, Ziffern, „_“, „.“ oder „-“; Werte höchstens 500 Zeichen; höchstens 50 Schlüssel.',
  err_reserved_custom_data_key: '„audit_trail“ ist reserviert.',
};

export { de as messagesDe };
