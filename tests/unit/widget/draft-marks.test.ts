import { describe, expect, it, vi } from 'vitest';
import { DraftStore } from '../../../utils/drafts';
import { memoryStores } from '../../../utils/storage/samskab-db';
import { draftMarks } from '../../../widget/draft-marks';

const marked = (node: unknown) => (node ? (node as { props: { children: unknown } }).props : false);

describe('draftMarks', () => {
  it('marks the challenges that had a draft when it started', async () => {
    const drafts = new DraftStore(memoryStores().drafts);
    await drafts.save('ensomhed-lunde', 'offer', { body: 'Et værksted' });
    const marks = await draftMarks(
      drafts,
      () => 'Kladde',
      () => {},
    );
    expect(marked(marks.mark('ensomhed-lunde'))).toEqual({
      class: 'badge',
      children: ['Kladde', ' '],
    });
    expect(marks.mark('groenne-skolegaarde')).toBe(false);
    marks.stop();
  });

  it('follows saves and discards, and asks for a repaint after each', async () => {
    const drafts = new DraftStore(memoryStores().drafts);
    const repaint = vi.fn();
    const marks = await draftMarks(drafts, () => 'Draft', repaint);
    await drafts.save('ensomhed-lunde', 'need', { body: 'Min nabo' });
    await vi.waitFor(() => expect(repaint).toHaveBeenCalledTimes(1));
    expect(marks.mark('ensomhed-lunde')).toBeTruthy();
    await drafts.discard('ensomhed-lunde', 'need');
    await vi.waitFor(() => expect(repaint).toHaveBeenCalledTimes(2));
    expect(marks.mark('ensomhed-lunde')).toBe(false);
    // Stopped: no more repaints for a mount that is gone.
    marks.stop();
    // A follower added after it hears the save after it would have, by the same path.
    const later = vi.fn();
    const probe = drafts.followKinds(later);
    await probe.ready;
    await drafts.save('ensomhed-lunde', 'need', { body: 'Igen' });
    await vi.waitFor(() => expect(later).toHaveBeenCalledTimes(2));
    probe.stop();
    expect(repaint).toHaveBeenCalledTimes(2);
  });

  it('shows no markers, and says why, when the drafts cannot be listed', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const backend = memoryStores().drafts;
    const drafts = new DraftStore({ ...backend, all: () => Promise.reject(new Error('gone')) });
    const marks = await draftMarks(
      drafts,
      () => 'Kladde',
      () => {},
    );
    expect(marks.mark('ensomhed-lunde')).toBe(false);
    expect(error).toHaveBeenCalledWith('Samskab: drafts could not be listed', expect.any(Error));
    error.mockRestore();
  });
});
