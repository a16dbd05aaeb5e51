import { buildErrorMessages } from './buildErrorMessages';
import type { ResendMessages } from './ResendMessages';

const earlierCodesVoid = 'Frühere Codes gelten nicht mehr.';

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
    } gesendet. ${earlierCodesVoid}`,
  codeSentIfAccountExists: `Falls ein Konto existiert, wurde ein neuer Code gesendet. ${earlierCodesVoid}`,
  readyAgain: 'Sie können jetzt einen neuen Code anfordern.',
  errors: buildErrorMessages([
    // unavailable
    'Senden ist gerade nicht möglich. Versuchen Sie es später oder kontaktieren Sie den Support.',
    // failed
    'Etwas ist schiefgelaufen. Versuchen Sie es erneut.',
    // rateLimited
    'Zu viele Versuche. Versuchen Sie es in einigen Minuten erneut.',
    // notDelivered
    'Zustellung fehlgeschlagen. Versuchen Sie es später erneut.',
    // userNotFound
    'Kein Konto gefunden. Prüfen Sie Ihre Angaben.',
    // alreadyConfirmed
    'Das Konto ist bereits bestätigt. Sie können sich anmelden.',
    // offline
    'Sie scheinen offline zu sein. Prüfen Sie Ihre Verbindung.',
    // timedOut
    'Zeitüberschreitung. Versuchen Sie es erneut.',
    // cancelled
    'Anfrage abgebrochen.',
    // invalidDetails
    'Prüfen Sie Ihre Angaben und versuchen Sie es erneut.',
  ]),
};
