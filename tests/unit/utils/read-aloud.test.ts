import { describe, expect, it } from 'vitest';
import { pickVoice, speechParts, type VoiceLike } from '../../../utils/read-aloud';

const voice = (lang: string, localService = true, isDefault = false, name = lang) => ({
  name,
  lang,
  localService,
  default: isDefault,
});

describe('pickVoice', () => {
  it('takes a voice of the language, whatever its region or spelling', () => {
    expect(pickVoice([voice('en-US'), voice('da-DK')], 'da-DK')?.lang).toBe('da-DK');
    expect(pickVoice([voice('da_DK')], 'da-DK')?.lang).toBe('da_DK');
    expect(pickVoice([voice('DA')], 'da-DK')?.lang).toBe('DA');
    expect(pickVoice([voice('en-US')], 'en-GB')?.lang).toBe('en-US');
  });

  it('finds none for a language the browser has no voice for (Somali, say)', () => {
    const common = [voice('da-DK'), voice('en-GB'), voice('ar-SA'), voice('tr-TR'), voice('pl-PL')];
    expect(pickVoice(common, 'so-SO')).toBeUndefined();
    expect(pickVoice([], 'da-DK')).toBeUndefined();
    // Not a prefix match: "dan" is not Danish's tag, "d" is nothing.
    expect(pickVoice([voice('dan'), voice('d')], 'da-DK')).toBeUndefined();
  });

  it('prefers a voice on the device, then the region, then the default', () => {
    const remote = voice('da-DK', false, true, 'Google dansk');
    const local = voice('da-DK', true, false, 'Sara');
    expect(pickVoice([remote, local], 'da-DK')?.name).toBe('Sara');
    const us = voice('en-US', true, true, 'us');
    const gb = voice('en-GB', true, false, 'gb');
    expect(pickVoice([us, gb], 'en-GB')?.name).toBe('gb');
    const plain = voice('en-GB', true, false, 'plain');
    const preferred = voice('en-GB', true, true, 'preferred');
    expect(pickVoice<VoiceLike & { name: string }>([plain, preferred], 'en-GB')?.name).toBe(
      'preferred',
    );
  });
});

describe('speechParts', () => {
  it('reads a sentence or a line at a time', () => {
    expect(
      speechParts([
        'Sådan ser vi udfordringen',
        'Mange ældre bor alene. Kommunens besøgsvenner når ikke rundt!\nHvad gør vi?  Måske …',
      ]),
    ).toEqual([
      'Sådan ser vi udfordringen',
      'Mange ældre bor alene.',
      'Kommunens besøgsvenner når ikke rundt!',
      'Hvad gør vi?',
      'Måske …',
    ]);
  });

  it('keeps numbers and dates whole, and drops empty parts', () => {
    expect(speechParts(['Frist 31.12.2027, 1.000 kr.', '', '  \n '])).toEqual([
      'Frist 31.12.2027, 1.000 kr.',
    ]);
  });

  it('ends Arabic sentences at the Arabic question mark', () => {
    expect(speechParts(['ماذا ترى؟ ماذا تقترح؟'])).toEqual(['ماذا ترى؟', 'ماذا تقترح؟']);
  });
});
