import { buildCatalogue } from './buildCatalogue';

/** Arabic messages (right to left; six plural categories, of which zero and many read as other). */
export const ar = buildCatalogue(
  [
    'ar',
    'إعادة إرسال الرمز',
    'جارٍ الإرسال…',
    'يمكنك إعادة الإرسال بعد {# ثانية|ثانية واحدة|ثانيتين|# ثوانٍ}',
    // The masked destination is left to right (an email address or phone number): isolate it from the sentence.
    'تم إرسال رمز جديد{| برسالة نصية| بالبريد الإلكتروني}{| إلى \u2066#\u2069}.',
    ' الرموز السابقة لم تعد صالحة.',
    'إن وُجد الحساب، فقد أُرسل رمز جديد.',
    'يمكنك الآن طلب رمز جديد.',
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
