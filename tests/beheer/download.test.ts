// Download preparation: the next version number, and lastChecked = today on what changed.
import { describe, expect, it, vi } from 'vitest';
import { downloadName, editedOffers, nextVersion, prepareDownload, RULES_TYPE } from '../../widget/beheer/download.ts';
import { parseRulesText } from '../../widget/engine/checker.ts';
import { textFileUrl } from '../../widget/text/download-file.ts';
import { OMMEN_TEXT, participatiefondsAt120 } from './support.ts';

describe('nextVersion', () => {
  it('counts on within the month, starts at 1 in a new month', () => {
    expect(nextVersion('2026.12.1', '2026-12-03')).toBe('2026.12.2');
    expect(nextVersion('2026.12.9', '2026-12-31')).toBe('2026.12.10');
    expect(nextVersion('2026.11.1', '2026-12-03')).toBe('2026.12.1');
    expect(nextVersion('2025.12.4', '2026-01-01')).toBe('2026.01.1');
  });

  it('keeps a month ahead of today, and replaces a version of another form', () => {
    expect(nextVersion('2027.01.1', '2026-12-03')).toBe('2027.01.2');
    expect(nextVersion('versie 3', '2026-12-03')).toBe('2026.12.1');
  });
});

describe('editedOffers', () => {
  it('finds participatiefonds edited directly, and nothing in the unchanged file', () => {
    expect(editedOffers(OMMEN_TEXT, OMMEN_TEXT)).toEqual([]);
    expect(editedOffers(OMMEN_TEXT, participatiefondsAt120().text).map((o) => o.id)).toEqual(['participatiefonds']);
  });

  it('counts every user of a changed shared condition, and ignores a lastChecked-only change', () => {
    const shared = OMMEN_TEXT.replace('"percentage": 110', '"percentage": 120');
    const file = JSON.parse(OMMEN_TEXT);
    const users = file.regelingen
      .filter((r: { conditions: unknown }) => JSON.stringify(r.conditions).includes('"inkomen-tot-110"'))
      .map((r: { id: string }) => r.id);
    expect(editedOffers(OMMEN_TEXT, shared).map((o) => o.id)).toEqual(users);
    file.regelingen[0].lastChecked = '2026-12-01';
    expect(editedOffers(OMMEN_TEXT, `${JSON.stringify(file, null, 2)}\n`)).toEqual([]);
  });
});

describe('prepareDownload', () => {
  it('raises the version, dates only the edited regeling, and keeps a valid file', () => {
    const edit = participatiefondsAt120().text;
    const before = JSON.parse(edit);
    const raised = nextVersion(before.version, '2026-12-03');
    const out = prepareDownload(OMMEN_TEXT, edit, '2026-12-03', raised);
    const after = JSON.parse(out.text);
    expect(out.version).toEqual({ from: before.version, to: raised });
    expect(after.version).toBe(raised);
    const changed = after.regelingen.filter(
      (r: { lastChecked: string }, i: number) => r.lastChecked !== before.regelingen[i].lastChecked,
    );
    expect(changed.map((r: { id: string }) => r.id)).toEqual(['participatiefonds']);
    expect(changed[0].lastChecked).toBe('2026-12-03');
    expect(parseRulesText(out.text).problems).toEqual([]);
  });

  it('leaves the version alone when not asked', () => {
    const out = prepareDownload(OMMEN_TEXT, participatiefondsAt120().text, '2026-12-03', null);
    expect(out.version).toBeNull();
    expect(JSON.parse(out.text).version).toBe(JSON.parse(OMMEN_TEXT).version);
  });

  it('the blob holds exactly the text, byte for byte; odd names are made safe', async () => {
    const text = participatiefondsAt120().text.replace('Participatiefonds', 'Participatiefonds ✓ € ë');
    const made = vi.spyOn(URL, 'createObjectURL');
    textFileUrl(text, RULES_TYPE);
    const blob = made.mock.calls[0]?.[0] as Blob;
    made.mockRestore();
    expect(blob.type).toBe('application/json');
    expect(await blob.text()).toBe(text);
    expect(downloadName('ommen.json')).toBe('ommen.json');
    expect(downloadName('mijn regels (2).JSON')).toBe('mijn-regels-2-.json');
  });
});
