import { buildCatalogue } from './buildCatalogue';

/** Arabic messages (right to left; six plural categories, of which zero and many read as other). */
export const ar = /* @__PURE__ */ buildCatalogue(
  [
    // locale
    'ar',
    // resendLabel
    'إعادة إرسال الرمز',
    // sendingLabel
    'جارٍ الإرسال…',
    // countdown: the wait, short, as the label stays beside it: seconds as ث, the usual abbreviation (no plural forms needed)
    '{#\u00a0ث}',
    // codeSent: the medium, neither|text message|email, then the destination, none|#
    // The masked destination is left to right (an email address or phone number): isolate it from the sentence.
    'تم إرسال رمز جديد{| برسالة نصية| بالبريد الإلكتروني}{| إلى \u2066#\u2069}.',
    // earlierCodesVoid: appended to both code-sent announcements (with the space between sentences, if any)
    ' الرموز السابقة لم تعد صالحة.',
    // codeSentIfAccountExists
    'إن وُجد الحساب، فقد أُرسل رمز جديد.',
    // readyAgain
    'يمكنك الآن طلب رمز جديد.',
    // limitReached: the end, without|with #
    'طلبت أقصى عدد مسموح به من الرموز حاليًا.{ حاول لاحقًا.| يمكنك طلب رمز جديد بعد #.}',
    // unavailable
    'تعذّر إرسال الرمز الآن. حاول لاحقًا أو تواصل مع الدعم.',
    // failed
    'حدث خطأ. حاول مرة أخرى.',
    // rateLimited
    'محاولات كثيرة جدًا. حاول بعد بضع دقائق.',
    // notDelivered
    'تعذّر توصيل الرمز. حاول لاحقًا.',
    // userNotFound
    'لم يُعثر على الحساب. تحقّق من بياناتك وحاول مرة أخرى.',
    // alreadyConfirmed
    'الحساب مؤكَّد بالفعل. يمكنك تسجيل الدخول.',
    // offline
    'يبدو أنك غير متصل. تحقّق من الاتصال وحاول مرة أخرى.',
    // timedOut
    'انتهت مهلة الطلب. حاول مرة أخرى.',
    // cancelled
    'أُلغي الطلب.',
    // invalidDetails
    'تحقّق من بياناتك وحاول مرة أخرى.',
  ],
  'rtl',
);
