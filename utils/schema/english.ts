import * as z from 'zod/mini';

/**
 * English messages for zod/mini, which has none of its own ("Invalid input"); passed per parse
 * rather than set globally, so no bundle's locale is touched. In a module of its own: the widget
 * never imports it, so the catalogue is not in its bytes.
 */
export const englishErrors = { error: z.locales.en().localeError };
