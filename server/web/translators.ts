// The machine translation the configuration names (SAMSKAB_TRANSLATE_URL), or none: then the desk
// shows no translation buttons. Another self-hosted service is another adapter chosen here.
import type { TranslateSettings } from '../config';
import { libreTranslate } from './libretranslate';
import type { MachineTranslator } from './translation';

export function makeTranslator(
  settings: TranslateSettings | undefined,
  deps: { clock: () => number; fetch?: typeof fetch },
): MachineTranslator | undefined {
  return settings && libreTranslate(settings, deps);
}
