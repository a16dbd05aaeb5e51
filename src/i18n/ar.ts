import { buildErrorMessages } from './buildErrorMessages';
import type { ResendMessages } from './ResendMessages';

const earlierCodesVoid = 'الرموز السابقة لم تعد صالحة.';
const retry = 'حاول مرة أخرى.';
const checkDetails = `تحقّق من بياناتك و${retry}`;

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
    }. ${earlierCodesVoid}`,
  codeSentIfAccountExists: `إن وُجد الحساب، فقد أُرسل رمز جديد. ${earlierCodesVoid}`,
  readyAgain: 'يمكنك الآن طلب رمز جديد.',
  errors: buildErrorMessages([
    // unavailable
    'تعذّر إرسال الرمز الآن. حاول لاحقًا أو تواصل مع الدعم.',
    // failed
    `حدث خطأ. ${retry}`,
    // rateLimited
    'محاولات كثيرة جدًا. حاول بعد بضع دقائق.',
    // notDelivered
    'تعذّر توصيل الرمز. حاول لاحقًا.',
    // userNotFound
    `لم يُعثر على الحساب. ${checkDetails}`,
    // alreadyConfirmed
    'الحساب مؤكَّد بالفعل. يمكنك تسجيل الدخول.',
    // offline
    `يبدو أنك غير متصل. تحقّق من الاتصال و${retry}`,
    // timedOut
    `انتهت مهلة الطلب. ${retry}`,
    // cancelled
    'أُلغي الطلب.',
    // invalidDetails
    checkDetails,
  ]),
};
