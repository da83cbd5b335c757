// `strings`, the municipality's wording: a URL as an attribute or a mount option, or the wording
// itself as an object given to mount (widget/strings.ts reads it from there).
import { describe, expect, it } from 'vitest';
import { CONFIG_KEYS, WIDGET_KEYS } from '../../../utils/config-keys';
import { WidgetConfig } from '../../../utils/schema/config';
import { readApiConfig } from '../../../widget/config';

describe('the strings option', () => {
  it('reads a URL as text, like the other keys', () => {
    expect(readApiConfig({ strings: ' https://kommune.example/ord.json ' })).toEqual({
      strings: 'https://kommune.example/ord.json',
    });
    expect(readApiConfig({ strings: new URL('https://kommune.example/ord.json') })).toEqual({
      strings: 'https://kommune.example/ord.json',
    });
  });

  it('leaves the wording itself, an object, to the answer chunk instead of calling it a bad URL', () => {
    const config = readApiConfig({
      endpoint: 'https://kommune.example/api',
      strings: { da: { 'answer.submit': 'Send' } },
    });
    expect(config).toEqual({ endpoint: 'https://kommune.example/api' });
    expect(WidgetConfig.safeParse(config).success).toBe(true);
  });

  it('is checked like the feed’s URL', () => {
    for (const strings of ['javascript:alert(1)', 'http://kommune.example/ord.json', '/ord.json']) {
      const result = WidgetConfig.safeParse({ endpoint: 'https://kommune.example/api', strings });
      expect(result.success, strings).toBe(false);
    }
  });

  it('is the widget’s alone: the extension’s detector does not read it', () => {
    expect(WIDGET_KEYS).toContain('strings');
    expect(CONFIG_KEYS).not.toContain('strings');
  });
});
