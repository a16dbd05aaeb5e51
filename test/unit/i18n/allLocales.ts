import { ar } from '../../../src/i18n/ar';
import { de } from '../../../src/i18n/de';
import { en } from '../../../src/i18n/en';
import { es } from '../../../src/i18n/es';
import { fr } from '../../../src/i18n/fr';
import { ja } from '../../../src/i18n/ja';
import { ptBR } from '../../../src/i18n/ptBR';
import type { ResendMessages } from '../../../src/i18n/ResendMessages';
import { zhCN } from '../../../src/i18n/zhCN';

/** Every shipped catalogue by its module name (tests only: an app imports just the locales it uses). */
export const allLocales: Record<string, ResendMessages> = { ar, de, en, es, fr, ja, ptBR, zhCN };
