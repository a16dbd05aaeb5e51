import { buildErrorMessages } from './buildErrorMessages';
import type { ResendMessages } from './ResendMessages';

const earlierCodesVoid = '以前のコードは使えません。';

/** Japanese messages (no plural forms). */
export const ja: ResendMessages = {
  locale: 'ja',
  direction: 'ltr',
  resendLabel: 'コードを再送信',
  sendingLabel: '送信中…',
  countdown: ({ formattedSeconds, clock }) => `再送信まであと${clock ?? `${formattedSeconds}秒`}`,
  codeSent: ({ destination, medium }) =>
    `${destination ? `${destination} 宛てに` : ''}${
      medium === 'SMS' ? 'SMSで' : medium === 'EMAIL' ? 'メールで' : ''
    }新しいコードを送信しました。${earlierCodesVoid}`,
  codeSentIfAccountExists: `アカウントが存在する場合、新しいコードを送信しました。${earlierCodesVoid}`,
  readyAgain: '新しいコードをリクエストできます。',
  errors: buildErrorMessages([
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
  ]),
};
