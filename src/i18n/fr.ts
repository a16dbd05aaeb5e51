import { buildCatalogue } from './buildCatalogue';

/** French messages. */
export const fr = buildCatalogue([
  'fr',
  'Renvoyer le code',
  'Envoi en cours…',
  'Renvoi possible dans {# secondes|# seconde}',
  'Un nouveau code a été envoyé{| par SMS| par e-mail}{| à #}.',
  ' Les codes précédents ne sont plus valides.',
  'Si un compte existe, un nouveau code a été envoyé.',
  'Vous pouvez demander un nouveau code.',
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
