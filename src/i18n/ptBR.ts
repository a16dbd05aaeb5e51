import { buildCatalogue } from './buildCatalogue';

/** Brazilian Portuguese messages. */
export const ptBR = buildCatalogue([
  'pt-BR',
  'Reenviar código',
  'Enviando…',
  'Reenvio disponível em {# segundos|# segundo}',
  'Um novo código foi enviado{| por SMS| por e-mail}{| para #}.',
  ' Os códigos anteriores não valem mais.',
  'Se houver uma conta, um novo código foi enviado.',
  'Você já pode solicitar um novo código.',
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
