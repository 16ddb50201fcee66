import type { Messages } from './en.js';
import { ar as arStorefront } from './storefront/ar.js';

/**
 * Arabic strings, support-staff sections included; the `checkout-editor/locales/ar` entry, so
 * only hosts that want Arabic download them. Pass them as `messages` with an Arabic `locale`,
 * and set `dir="rtl"` on the page (or an ancestor of the widget): the layout mirrors.
 * @example
 * import { messagesAr } from 'checkout-editor/locales/ar';
 * <div dir="rtl"><CheckoutEditor sessionId={id} clientSecret={secret} locale="ar" messages={messagesAr} /></div>
 */
export const ar: Messages = {
  ...arStorefront,
  settings: 'إعدادات الجلسة',
  expires_at: 'تنتهي صلاحيتها في',
  expires_at_hint: 'بتوقيتك المحلي؛ 30 يومًا من الآن على الأكثر.',
  currency: 'العملة',
  redirect_urls: 'إعادة التوجيه',
  success_url: 'رابط النجاح',
  cancel_url: 'رابط الإلغاء',
  pending_url: 'رابط الانتظار',
  attribution: 'الإسناد',
  utm_source: 'مصدر UTM',
  utm_medium: 'وسيط UTM',
  utm_campaign: 'حملة UTM',
  utm_term: 'مصطلح UTM',
  utm_content: 'محتوى UTM',
  custom_data: 'بيانات مخصصة',
  custom_data_key: 'المفتاح',
  custom_data_value: 'القيمة',
  custom_data_add: 'إضافة حقل',
  custom_data_remove: 'إزالة الحقل {key}',
  custom_data_row: 'الحقل {index}',
  update_reason: 'سبب التعديل',
  reason_auto: 'استنتاجه من التعديلات',
  reason_plan_change: 'تغيير الباقة',
  reason_quantity_change: 'تغيير الكمية',
  reason_billing_date_change: 'تغيير تاريخ الفوترة',
  reason_customer_correction: 'تصحيح بيانات العميل',
  reason_configuration_update: 'تحديث الإعدادات',
  reason_other: 'سبب آخر',
  update_note: 'ملاحظة',
  area_currency: 'العملة',
  area_expires_at: 'تاريخ انتهاء الصلاحية',
  area_redirect_urls: 'روابط إعادة التوجيه',
  area_attribution: 'الإسناد',
  area_custom_data: 'البيانات المخصصة',
  // The support desk's change history and expiry (section "audit_trail").
  change_history: 'سجل التغييرات',
  history_empty: 'لم تُسجَّل أي تغييرات بعد.',
  history_version: 'الإصدار {version}',
  history_separator: ' · ',
  history_actor_client: 'المشتري',
  history_actor_merchant: 'التاجر',
  history_actor_support: 'الدعم: {name}',
  history_actor_support_unnamed: 'الدعم',
  history_reason: 'السبب: {reason}',
  history_no_reason: 'لم يُذكر سبب',
  history_note: 'ملاحظة: {note}',
  history_change: '{field}: {from} ← {to}',
  history_none: 'لا شيء',
  history_shortened: '{value}… (مختصر؛ {length} حرفًا إجمالًا)',
  history_true: 'نعم',
  history_false: 'لا',
  history_items: 'المنتجات',
  history_custom_data: 'بيانات مخصصة «{key}»',
  history_address: 'العنوان ({part})',
  history_address_line1: 'السطر 1',
  history_address_line2: 'السطر 2',
  history_address_city: 'المدينة',
  history_address_postal_code: 'الرمز البريدي',
  history_address_state: 'الولاية أو المنطقة',
  history_address_country: 'الدولة',
  history_referrer: 'الموقع المُحيل',
  history_landing_page: 'الصفحة المقصودة',
  expires_soon: 'تنتهي صلاحية عملية الدفع هذه في {time}، أي خلال أقل من 10 دقائق.',
  read_only_access_expired:
    'انتهت صلاحية وصولك إلى عملية الدفع هذه. افتحها مجددًا من أداة الدعم للمتابعة.',
  err_invalid_url: 'أدخل رابطًا كاملًا مثل https://example.com/done.',
  err_url_not_https: 'يجب أن يبدأ الرابط بـ https://.',
  err_url_too_long: 'هذا الرابط طويل جدًا.',
  err_expires_at_out_of_range: 'اختر وقتًا بعد الآن وخلال 30 يومًا على الأكثر.',
  err_invalid_datetime: 'أدخل التاريخ والوقت.',
  err_custom_data_limit:
    'المفاتيح 40 حرفًا على الأكثر من الحروف والأرقام و«_» و«.» و«-»؛ والقيم 500 حرف على الأكثر؛ و50 مفتاحًا على الأكثر.',
  err_reserved_custom_data_key: '«audit_trail» محجوز.',
};

export { ar as messagesAr };
