import type { Messages } from './en.js';
import { es as esStorefront } from './storefront/es.js';

/**
 * Spanish strings, support-staff sections included; the `checkout-editor/locales/es` entry, so
 * only hosts that want Spanish download them. Pass them as `messages` with a Spanish `locale`:
 * @example
 * import { messagesEs } from 'checkout-editor/locales/es';
 * <CheckoutEditor sessionId={id} clientSecret={secret} locale="es-ES" messages={messagesEs} />
 */
export const es: Messages = {
  ...esStorefront,
  settings: 'Ajustes de la sesión',
  expires_at: 'Caduca el',
  expires_at_hint: 'Tu hora local; como máximo dentro de 30 días.',
  currency: 'Moneda',
  redirect_urls: 'Redirecciones',
  success_url: 'URL de éxito',
  cancel_url: 'URL de cancelación',
  pending_url: 'URL de pago pendiente',
  attribution: 'Atribución',
  utm_source: 'Fuente UTM',
  utm_medium: 'Medio UTM',
  utm_campaign: 'Campaña UTM',
  utm_term: 'Término UTM',
  utm_content: 'Contenido UTM',
  custom_data: 'Datos personalizados',
  custom_data_key: 'Clave',
  custom_data_value: 'Valor',
  custom_data_add: 'Añadir campo',
  custom_data_remove: 'Eliminar el campo {key}',
  custom_data_row: 'Campo {index}',
  update_reason: 'Motivo del cambio',
  reason_auto: 'Deducirlo de los cambios',
  reason_plan_change: 'Cambio de plan',
  reason_quantity_change: 'Cambio de cantidad',
  reason_billing_date_change: 'Cambio de fecha de facturación',
  reason_customer_correction: 'Corrección de datos del cliente',
  reason_configuration_update: 'Actualización de la configuración',
  reason_other: 'Otro',
  update_note: 'Nota',
  area_currency: 'moneda',
  area_expires_at: 'caducidad',
  area_redirect_urls: 'URL de redirección',
  area_attribution: 'atribución',
  area_custom_data: 'datos personalizados',
  // The support desk's change history and expiry (section "audit_trail").
  change_history: 'Historial de cambios',
  history_empty: 'Todavía no hay cambios registrados.',
  history_version: 'Versión {version}',
  history_separator: ' · ',
  history_actor_client: 'Cliente',
  history_actor_merchant: 'Comercio',
  history_actor_support: 'Soporte: {name}',
  history_actor_support_unnamed: 'Soporte',
  history_reason: 'Motivo: {reason}',
  history_no_reason: 'Sin motivo indicado',
  history_note: 'Nota: {note}',
  history_change: '{field}: {from} → {to}',
  history_none: 'ninguno',
  history_shortened: '{value}… (abreviado; {length} caracteres en total)',
  history_true: 'sí',
  history_false: 'no',
  history_items: 'Productos',
  history_custom_data: 'Dato personalizado «{key}»',
  history_address: 'Dirección ({part})',
  history_address_line1: 'línea 1',
  history_address_line2: 'línea 2',
  history_address_city: 'ciudad',
  history_address_postal_code: 'código postal',
  history_address_state: 'provincia o estado',
  history_address_country: 'país',
  history_referrer: 'Sitio de referencia',
  history_landing_page: 'Página de llegada',
  expires_soon: 'Este pedido caduca a las {time}, en menos de 10 minutos.',
  read_only_access_expired:
    'Tu acceso a este pedido ha caducado. Vuelve a abrirlo desde tu herramienta de soporte para continuar.',
  err_invalid_url: 'Introduce una URL completa, como https://example.com/gracias.',
  err_url_not_https: 'La URL debe empezar por https://.',
  err_url_too_long: 'Esta URL es demasiado larga.',
  err_expires_at_out_of_range:
    'Elige un momento posterior a ahora y como máximo dentro de 30 días.',
  err_invalid_datetime: 'Introduce una fecha y una hora.',
  err_custom_data_limit:
    'Claves de 40 caracteres como máximo (letras, cifras, «_», «.» o «-»); valores de 500 caracteres como máximo; 50 claves como máximo.',
  err_reserved_custom_data_key: '«audit_trail» está reservado.',
};

export { es as messagesEs };
