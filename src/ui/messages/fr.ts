import type { Messages } from './en.js';
import { fr as frStorefront } from './storefront/fr.js';

/**
 * French strings, support-staff sections included; the `checkout-editor/locales/fr` entry, so
 * only hosts that want French download them. Pass them as `messages` with a French `locale`:
 * @example
 * import { messagesFr } from 'checkout-editor/locales/fr';
 * <CheckoutEditor sessionId={id} clientSecret={secret} locale="fr-FR" messages={messagesFr} />
 */
export const fr: Messages = {
  ...frStorefront,
  settings: 'Paramètres de la session',
  expires_at: 'Expire le',
  expires_at_hint: 'Votre heure locale ; 30 jours maximum à partir de maintenant.',
  currency: 'Devise',
  redirect_urls: 'Redirections',
  success_url: 'URL de succès',
  cancel_url: 'URL d’annulation',
  pending_url: 'URL d’attente',
  attribution: 'Attribution',
  utm_source: 'Source UTM',
  utm_medium: 'Support UTM',
  utm_campaign: 'Campagne UTM',
  utm_term: 'Terme UTM',
  utm_content: 'Contenu UTM',
  custom_data: 'Données personnalisées',
  custom_data_key: 'Clé',
  custom_data_value: 'Valeur',
  custom_data_add: 'Ajouter un champ',
  custom_data_remove: 'Supprimer le champ {key}',
  custom_data_row: 'Champ {index}',
  update_reason: 'Motif de la modification',
  reason_auto: 'Déduire des modifications',
  reason_plan_change: 'Changement de formule',
  reason_quantity_change: 'Changement de quantité',
  reason_billing_date_change: 'Changement de date de facturation',
  reason_customer_correction: 'Correction des données client',
  reason_configuration_update: 'Mise à jour de la configuration',
  reason_other: 'Autre',
  update_note: 'Note',
  area_currency: 'devise',
  area_expires_at: 'expiration',
  area_redirect_urls: 'URL de redirection',
  area_attribution: 'attribution',
  area_custom_data: 'données personnalisées',
  // The support desk's change history and expiry (section "audit_trail").
  change_history: 'Historique des modifications',
  history_empty: 'Aucune modification enregistrée pour le moment.',
  history_version: 'Version {version}',
  history_separator: ' · ',
  history_actor_client: 'Client',
  history_actor_merchant: 'Marchand',
  history_actor_support: 'Support : {name}',
  history_actor_support_unnamed: 'Support',
  history_reason: 'Motif : {reason}',
  history_no_reason: 'Aucun motif indiqué',
  history_note: 'Note : {note}',
  history_change: '{field} : {from} → {to}',
  history_none: 'aucun',
  history_shortened: '{value}… (abrégé ; {length} caractères au total)',
  history_true: 'oui',
  history_false: 'non',
  history_items: 'Produits',
  history_custom_data: 'Donnée personnalisée « {key} »',
  history_address: 'Adresse ({part})',
  history_address_line1: 'ligne 1',
  history_address_line2: 'ligne 2',
  history_address_city: 'ville',
  history_address_postal_code: 'code postal',
  history_address_state: 'région',
  history_address_country: 'pays',
  history_referrer: 'Site référent',
  history_landing_page: 'Page d’arrivée',
  expires_soon: 'Cette commande expire à {time}, dans moins de 10 minutes.',
  read_only_access_expired:
    'Votre accès à cette commande a expiré. Rouvrez-la depuis votre outil de support pour continuer.',
  err_invalid_url: 'Saisissez une URL complète, par exemple https://example.com/merci.',
  err_url_not_https: 'L’URL doit commencer par https://.',
  err_url_too_long: 'Cette URL est trop longue.',
  err_expires_at_out_of_range:
    'Choisissez un moment postérieur à maintenant et au plus tard dans 30 jours.',
  err_invalid_datetime: 'Saisissez une date et une heure.',
  err_custom_data_limit:
    'Clés : 40 caractères au plus (lettres, chiffres, « _ », « . » ou « - ») ; valeurs : 500 caractères au plus ; 50 clés au maximum.',
  err_reserved_custom_data_key: '« audit_trail » est réservé.',
};

export { fr as messagesFr };
