import { buildCatalogue } from './buildCatalogue';

/** German messages. */
export const de = buildCatalogue([
  'de',
  'Code erneut senden',
  'Wird gesendet…',
  'Erneutes Senden in {# Sekunden|# Sekunde} möglich',
  'Ein neuer Code wurde{| per SMS| per E-Mail}{| an #} gesendet.',
  ' Frühere Codes gelten nicht mehr.',
  'Falls ein Konto existiert, wurde ein neuer Code gesendet.',
  'Sie können jetzt einen neuen Code anfordern.',
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
