import { buildErrorMessages } from './buildErrorMessages';
import type { ResendMessages } from './ResendMessages';

const earlierCodesVoid = 'Os códigos anteriores não valem mais.';

/** Brazilian Portuguese messages. */
export const ptBR: ResendMessages = {
  locale: 'pt-BR',
  direction: 'ltr',
  resendLabel: 'Reenviar código',
  sendingLabel: 'Enviando…',
  countdown: ({ formattedSeconds, plural, clock }) =>
    `Reenvio disponível em ${clock ?? `${formattedSeconds} ${plural === 'one' ? 'segundo' : 'segundos'}`}`,
  codeSent: ({ destination, medium }) =>
    `Um novo código foi enviado${medium === 'SMS' ? ' por SMS' : medium === 'EMAIL' ? ' por e-mail' : ''}${
      destination ? ` para ${destination}` : ''
    }. ${earlierCodesVoid}`,
  codeSentIfAccountExists: `Se houver uma conta, um novo código foi enviado. ${earlierCodesVoid}`,
  readyAgain: 'Você já pode solicitar um novo código.',
  errors: buildErrorMessages([
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
  ]),
};
