import { buildCatalogue } from './buildCatalogue';

/** Brazilian Portuguese messages. */
export const ptBR = /* @__PURE__ */ buildCatalogue([
  // locale
  'pt-BR',
  // resendLabel
  'Reenviar código',
  // sendingLabel
  'Enviando…',
  // countdown: the wait, short, as the label stays beside it: seconds (no plural forms needed)
  '{#\u00a0s}',
  // codeSent: the medium, neither|text message|email, then the destination, none|#
  'Um novo código foi enviado{| por SMS| por e-mail}{| para #}.',
  // earlierCodesVoid: appended to both code-sent announcements (with the space between sentences, if any)
  ' Os códigos anteriores não valem mais.',
  // codeSentIfAccountExists
  'Se houver uma conta, um novo código foi enviado.',
  // readyAgain
  'Você já pode solicitar um novo código.',
  // limitReached: the end, without|with #
  'Você já solicitou todos os códigos permitidos por enquanto.{ Tente novamente mais tarde.| Você poderá solicitar um novo depois de #.}',
  // unavailable
  'Não foi possível enviar o código agora. Tente mais tarde ou fale com o suporte.',
  // failed
  'Algo deu errado. Tente novamente.',
  // rateLimited
  'Muitas tentativas. Tente novamente em alguns minutos.',
  // notDelivered
  'Não foi possível entregar o código. Tente mais tarde.',
  // userNotFound
  'Conta não encontrada. Verifique seus dados e tente novamente.',
  // alreadyConfirmed
  'Conta já confirmada. Você pode entrar.',
  // offline
  'Parece que você está sem conexão. Verifique a internet e tente novamente.',
  // timedOut
  'Tempo esgotado. Tente novamente.',
  // cancelled
  'Solicitação cancelada.',
  // invalidDetails
  'Verifique seus dados e tente novamente.',
]);
