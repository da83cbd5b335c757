/** Thrown for configuration a person must fix; main.ts prints the message and exits. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}
