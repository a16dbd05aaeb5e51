import { buildErrorMessages } from './buildErrorMessages';
import type { ResendMessages } from './ResendMessages';

const latest = 'يُرجى استخدام أحدث رمز.';
const retry = 'والمحاولة مرة أخرى.';

/** Arabic messages (right to left; six plural categories). */
export const ar: ResendMessages = {
  locale: 'ar',
  direction: 'rtl',
  resendLabel: 'إعادة إرسال الرمز',
  sendingLabel: 'جارٍ الإرسال…',
  countdown: ({ formattedSeconds, plural, clock }) =>
    `يمكنك إعادة الإرسال بعد ${
      clock ??
      (plural === 'one'
        ? 'ثانية واحدة'
        : plural === 'two'
          ? 'ثانيتين'
          : `${formattedSeconds} ${plural === 'few' ? 'ثوانٍ' : 'ثانية'}`)
    }`,
  // The masked destination is left to right (an email address or phone number): isolate it from the sentence.
  codeSent: ({ destination, medium }) =>
    `تم إرسال رمز جديد${medium === 'SMS' ? ' برسالة نصية' : medium === 'EMAIL' ? ' بالبريد الإلكتروني' : ''}${
      destination ? ` إلى \u2066${destination}\u2069` : ''
    }. ${latest}`,
  codeSentIfAccountExists: `إذا كان الحساب موجودًا، فقد أُرسل رمز جديد. ${latest}`,
  readyAgain: 'يمكنك الآن طلب رمز جديد.',
  errors: buildErrorMessages({
    unavailable: 'تعذّر إرسال الرمز حاليًا. يُرجى المحاولة لاحقًا أو التواصل مع الدعم.',
    failed: 'حدث خطأ. يُرجى المحاولة مرة أخرى.',
    rateLimited: 'محاولات كثيرة جدًا. يُرجى الانتظار بضع دقائق ثم المحاولة مرة أخرى.',
    notDelivered: 'تعذّر توصيل الرمز. يُرجى المحاولة لاحقًا.',
    userNotFound: `لم يُعثر على الحساب. يُرجى التحقق من بياناتك ${retry}`,
    alreadyConfirmed: 'هذا الحساب مؤكَّد بالفعل. يمكنك تسجيل الدخول.',
    offline: `يبدو أنك غير متصل بالإنترنت. يُرجى التحقق من الاتصال ${retry}`,
    timedOut: 'استغرق الطلب وقتًا طويلًا. يُرجى المحاولة مرة أخرى.',
    cancelled: 'تم إلغاء الطلب.',
    invalidDetails: `يُرجى التحقق من بياناتك ${retry}`,
  }),
};
