import type { Messages } from './en.js';
import { ja as jaStorefront } from './storefront/ja.js';

/**
 * Japanese strings, support-staff sections included; the `checkout-editor/locales/ja` entry, so
 * only hosts that want Japanese download them. Pass them as `messages` with a Japanese `locale`:
 * @example
 * import { messagesJa } from 'checkout-editor/locales/ja';
 * <CheckoutEditor sessionId={id} clientSecret={secret} locale="ja-JP" messages={messagesJa} />
 */
export const ja: Messages = {
  ...jaStorefront,
  settings: 'セッション設定',
  expires_at: '有効期限',
  expires_at_hint: '現地時間。現在から最長30日後まで設定できます。',
  currency: '通貨',
  redirect_urls: 'リダイレクト',
  success_url: '成功時のURL',
  cancel_url: 'キャンセル時のURL',
  pending_url: '保留時のURL',
  attribution: 'アトリビューション',
  utm_source: 'UTMソース',
  utm_medium: 'UTMメディア',
  utm_campaign: 'UTMキャンペーン',
  utm_term: 'UTMキーワード',
  utm_content: 'UTMコンテンツ',
  custom_data: 'カスタムデータ',
  custom_data_key: 'キー',
  custom_data_value: '値',
  custom_data_add: '項目を追加',
  custom_data_remove: '項目「{key}」を削除',
  custom_data_row: '項目{index}',
  update_reason: '変更理由',
  reason_auto: '変更内容から判断',
  reason_plan_change: 'プラン変更',
  reason_quantity_change: '数量変更',
  reason_billing_date_change: '請求日の変更',
  reason_customer_correction: 'お客様情報の修正',
  reason_configuration_update: '設定の更新',
  reason_other: 'その他',
  update_note: 'メモ',
  area_currency: '通貨',
  area_expires_at: '有効期限',
  area_redirect_urls: 'リダイレクトURL',
  area_attribution: 'アトリビューション',
  area_custom_data: 'カスタムデータ',
  // The support desk's change history and expiry (section "audit_trail").
  change_history: '変更履歴',
  history_empty: 'まだ変更の記録はありません。',
  history_version: 'バージョン {version}',
  history_separator: '・',
  history_actor_client: '購入者',
  history_actor_merchant: '販売者',
  history_actor_support: 'サポート：{name}',
  history_actor_support_unnamed: 'サポート',
  history_reason: '理由：{reason}',
  history_no_reason: '理由の記載なし',
  history_note: 'メモ：{note}',
  history_change: '{field}：{from} → {to}',
  history_none: 'なし',
  history_shortened: '{value}…（省略。全 {length} 文字）',
  history_true: 'はい',
  history_false: 'いいえ',
  history_items: '商品',
  history_custom_data: 'カスタムデータ「{key}」',
  history_address: '住所（{part}）',
  history_address_line1: '住所 1',
  history_address_line2: '住所 2',
  history_address_city: '市区町村',
  history_address_postal_code: '郵便番号',
  history_address_state: '都道府県',
  history_address_country: '国',
  history_referrer: '参照元',
  history_landing_page: 'ランディングページ',
  expires_soon: 'このチェックアウトは {time} に期限切れになります（残り 10 分未満）。',
  read_only_access_expired:
    'このチェックアウトへのアクセス期限が切れました。続けるには、サポートツールから開き直してください。',
  err_invalid_url: 'https://example.com/thanks のような完全なURLを入力してください。',
  err_url_not_https: 'URLは https:// で始めてください。',
  err_url_too_long: 'URLが長すぎます。',
  err_expires_at_out_of_range: '現在より後で、30日以内の日時を選択してください。',
  err_invalid_datetime: '日付と時刻を入力してください。',
  err_custom_data_limit:
    'キーは英数字と「_」「.」「-」で40文字以内、値は500文字以内、キーは50個までです。',
  err_reserved_custom_data_key: '「audit_trail」は予約されています。',
};

export { ja as messagesJa };
