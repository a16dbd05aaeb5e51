import { buildErrorMessages } from './buildErrorMessages';
import type { ResendMessages } from './ResendMessages';

const latest = 'Verwenden Sie den neuesten Code.';

/** German messages. */
export const de: ResendMessages = {
  locale: 'de',
  direction: 'ltr',
  resendLabel: 'Code erneut senden',
  sendingLabel: 'Wird gesendet…',
  countdown: ({ formattedSeconds, plural, clock }) =>
    `Erneutes Senden in ${clock ?? `${formattedSeconds} ${plural === 'one' ? 'Sekunde' : 'Sekunden'}`} möglich`,
  codeSent: ({ destination, medium }) =>
    `Ein neuer Code wurde${medium === 'SMS' ? ' per SMS' : medium === 'EMAIL' ? ' per E-Mail' : ''}${
      destination ? ` an ${destination}` : ''
    } gesendet. ${latest}`,
  codeSentIfAccountExists: `Falls ein Konto existiert, wurde ein neuer Code gesendet. ${latest}`,
  readyAgain: 'Sie können jetzt einen neuen Code anfordern.',
  errors: buildErrorMessages({
    unavailable:
      'Der Code kann gerade nicht gesendet werden. Versuchen Sie es später erneut oder wenden Sie sich an den Support.',
    failed: 'Etwas ist schiefgelaufen. Versuchen Sie es erneut.',
    rateLimited: 'Zu viele Versuche. Warten Sie einige Minuten und versuchen Sie es dann erneut.',
    notDelivered: 'Der Code konnte nicht zugestellt werden. Versuchen Sie es später erneut.',
    userNotFound: 'Kein Konto gefunden. Prüfen Sie Ihre Angaben und versuchen Sie es erneut.',
    alreadyConfirmed: 'Dieses Konto ist bereits bestätigt. Sie können sich anmelden.',
    offline: 'Sie scheinen offline zu sein. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    timedOut: 'Das hat zu lange gedauert. Versuchen Sie es erneut.',
    cancelled: 'Die Anfrage wurde abgebrochen.',
    invalidDetails: 'Prüfen Sie Ihre Angaben und versuchen Sie es erneut.',
  }),
};
