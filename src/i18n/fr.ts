import { buildErrorMessages } from './buildErrorMessages';
import type { ResendMessages } from './ResendMessages';

const earlierCodesVoid = 'Les codes précédents ne sont plus valides.';

/** French messages. */
export const fr: ResendMessages = {
  locale: 'fr',
  direction: 'ltr',
  resendLabel: 'Renvoyer le code',
  sendingLabel: 'Envoi en cours…',
  countdown: ({ formattedSeconds, plural, clock }) =>
    `Renvoi possible dans ${clock ?? `${formattedSeconds} ${plural === 'one' ? 'seconde' : 'secondes'}`}`,
  codeSent: ({ destination, medium }) =>
    `Un nouveau code a été envoyé${medium === 'SMS' ? ' par SMS' : medium === 'EMAIL' ? ' par e-mail' : ''}${
      destination ? ` à ${destination}` : ''
    }. ${earlierCodesVoid}`,
  codeSentIfAccountExists: `Si un compte existe, un nouveau code a été envoyé. ${earlierCodesVoid}`,
  readyAgain: 'Vous pouvez demander un nouveau code.',
  errors: buildErrorMessages([
    // unavailable
    'Envoi impossible pour le moment. Réessayez plus tard ou contactez l’assistance.',
    // failed
    'Une erreur est survenue. Réessayez.',
    // rateLimited
    'Trop de tentatives. Réessayez dans quelques minutes.',
    // notDelivered
    'Le code n’a pas pu être remis. Réessayez plus tard.',
    // userNotFound
    'Aucun compte trouvé. Vérifiez vos informations.',
    // alreadyConfirmed
    'Compte déjà confirmé. Vous pouvez vous connecter.',
    // offline
    'Vous semblez hors ligne. Vérifiez votre connexion.',
    // timedOut
    'Délai dépassé. Réessayez.',
    // cancelled
    'Demande annulée.',
    // invalidDetails
    'Vérifiez vos informations, puis réessayez.',
  ]),
};
