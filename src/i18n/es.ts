import { buildErrorMessages } from './buildErrorMessages';
import type { ResendMessages } from './ResendMessages';

const earlierCodesVoid = 'Los códigos anteriores ya no sirven.';

/** Spanish messages. */
export const es: ResendMessages = {
  locale: 'es',
  direction: 'ltr',
  resendLabel: 'Reenviar código',
  sendingLabel: 'Enviando…',
  countdown: ({ formattedSeconds, plural, clock }) =>
    `Reenvío disponible en ${clock ?? `${formattedSeconds} ${plural === 'one' ? 'segundo' : 'segundos'}`}`,
  codeSent: ({ destination, medium }) =>
    `Se envió un código nuevo${medium === 'SMS' ? ' por SMS' : medium === 'EMAIL' ? ' por correo electrónico' : ''}${
      destination ? ` a ${destination}` : ''
    }. ${earlierCodesVoid}`,
  codeSentIfAccountExists: `Si existe una cuenta, se envió un código nuevo. ${earlierCodesVoid}`,
  readyAgain: 'Ya puedes solicitar un código nuevo.',
  errors: buildErrorMessages([
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
  ]),
};
