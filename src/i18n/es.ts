import { buildCatalogue } from './buildCatalogue';

/** Spanish messages. */
export const es = /* @__PURE__ */ buildCatalogue([
  // locale
  'es',
  // resendLabel
  'Reenviar código',
  // sendingLabel
  'Enviando…',
  // countdown: the wait, short, as the label stays beside it: seconds (no plural forms needed)
  '{#\u00a0s}',
  // codeSent: the medium, neither|text message|email, then the destination, none|#
  'Se envió un código nuevo{| por SMS| por correo electrónico}{| a #}.',
  // earlierCodesVoid: appended to both code-sent announcements (with the space between sentences, if any)
  ' Los códigos anteriores ya no sirven.',
  // codeSentIfAccountExists
  'Si existe una cuenta, se envió un código nuevo.',
  // readyAgain
  'Ya puedes solicitar un código nuevo.',
  // limitReached: the end, without|with #
  'Por ahora has solicitado todos los códigos permitidos.{ Inténtalo más tarde.| Podrás solicitar uno nuevo después de #.}',
  // unavailable
  'No se puede enviar el código ahora. Inténtalo más tarde o contacta con soporte.',
  // failed
  'Algo salió mal. Inténtalo de nuevo.',
  // rateLimited
  'Demasiados intentos. Inténtalo de nuevo en unos minutos.',
  // notDelivered
  'No se pudo entregar el código. Inténtalo más tarde.',
  // userNotFound
  'No se encontró la cuenta. Revisa tus datos e inténtalo de nuevo.',
  // alreadyConfirmed
  'La cuenta ya está confirmada. Puedes iniciar sesión.',
  // offline
  'Parece que no tienes conexión. Revísala e inténtalo de nuevo.',
  // timedOut
  'La solicitud tardó demasiado. Inténtalo de nuevo.',
  // cancelled
  'Solicitud cancelada.',
  // invalidDetails
  'Revisa tus datos e inténtalo de nuevo.',
]);
