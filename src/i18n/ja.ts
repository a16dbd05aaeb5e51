import { buildCatalogue } from './buildCatalogue';

/** Japanese messages (no plural forms). */
export const ja = /* @__PURE__ */ buildCatalogue([
  // locale
  'ja',
  // resendLabel
  'コードを再送信',
  // sendingLabel
  '送信中…',
  // countdown: the wait, short, as the label stays beside it: seconds, other only
  '{#秒}',
  // codeSent: the medium, neither|text message|email, then the destination, none|#
  '{|SMSで|メールで}新しいコードを{| # 宛てに}送信しました。',
  // earlierCodesVoid: appended to both code-sent announcements (with the space between sentences, if any)
  '以前のコードは使えません。',
  // codeSentIfAccountExists
  'アカウントが存在する場合、新しいコードを送信しました。',
  // readyAgain
  '新しいコードをリクエストできます。',
  // limitReached: the end, without|with #
  'リクエストできるコードの上限に達しました。{しばらくしてからお試しください。|#以降に新しいコードをリクエストできます。}',
  // unavailable
  '現在送信できません。後ほどお試しいただくか、サポートへご連絡ください。',
  // failed
  'エラーが発生しました。再度お試しください。',
  // rateLimited
  '試行回数が多すぎます。数分後にお試しください。',
  // notDelivered
  'コードを送れませんでした。後ほどお試しください。',
  // userNotFound
  'アカウントが見つかりません。入力内容をご確認ください。',
  // alreadyConfirmed
  '確認済みのアカウントです。サインインできます。',
  // offline
  'オフラインのようです。接続をご確認ください。',
  // timedOut
  '応答がありません。再度お試しください。',
  // cancelled
  'キャンセルされました。',
  // invalidDetails
  '入力内容をご確認ください。',
]);
