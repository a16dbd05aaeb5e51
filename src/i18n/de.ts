import { buildCatalogue } from './buildCatalogue';

/** German messages. */
export const de = /* @__PURE__ */ buildCatalogue([
  // locale
  'de',
  // resendLabel
  'Code erneut senden',
  // sendingLabel
  'Wird gesendet…',
  // countdown: the wait, short, as the label stays beside it: seconds (no plural forms needed)
  '{#\u00a0s}',
  // codeSent: the medium, neither|text message|email, then the destination, none|#
  'Ein neuer Code wurde{| per SMS| per E-Mail}{| an #} gesendet.',
  // earlierCodesVoid: appended to both code-sent announcements (with the space between sentences, if any)
  ' Frühere Codes gelten nicht mehr.',
  // codeSentIfAccountExists
  'Falls ein Konto existiert, wurde ein neuer Code gesendet.',
  // readyAgain
  'Sie können jetzt einen neuen Code anfordern.',
  // limitReached: the end, without|with #
  'Sie haben vorerst so viele Codes angefordert wie erlaubt.{ Versuchen Sie es später erneut.| Ab # können Sie einen neuen anfordern.}',
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
]);
