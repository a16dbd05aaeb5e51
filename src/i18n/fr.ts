import { buildCatalogue } from './buildCatalogue';

/** French messages. */
export const fr = /* @__PURE__ */ buildCatalogue([
  // locale
  'fr',
  // resendLabel
  'Renvoyer le code',
  // sendingLabel
  'Envoi en cours…',
  // countdown: the wait, short, as the label stays beside it: seconds (no plural forms needed)
  '{#\u00a0s}',
  // codeSent: the medium, neither|text message|email, then the destination, none|#
  'Un nouveau code a été envoyé{| par SMS| par e-mail}{| à #}.',
  // earlierCodesVoid: appended to both code-sent announcements (with the space between sentences, if any)
  ' Les codes précédents ne sont plus valides.',
  // codeSentIfAccountExists
  'Si un compte existe, un nouveau code a été envoyé.',
  // readyAgain
  'Vous pouvez demander un nouveau code.',
  // limitReached: the end, without|with #
  'Vous avez demandé autant de codes que permis pour le moment.{ Réessayez plus tard.| Vous pourrez en demander un nouveau après #.}',
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
]);
