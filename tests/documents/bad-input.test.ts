import { describe, expect, it } from 'vitest';
import { buildAgenda, buildInvitation, buildMinutes, buildTaskOverview } from '../../shared/documents';
import { LETTERHEAD_PLACEHOLDER } from '../../shared/documents/letterhead';
import { positionsInOrder, renderAndRead, squeeze } from './pdf-tools';
import {
  approvedMinutes,
  context,
  meeting as storedMeeting,
  network,
  nextMeeting,
  sampleMeeting,
  sampleTaskOverview,
  tasks,
} from './sample-data';

const flat = (text: string): string => text.replace(/\s+/g, ' ');

describe('documents from incomplete or unusual data', () => {
  it('prints a placeholder and warns when the letterhead is missing', async () => {
    const bare = {
      ...network,
      letterheadSender: undefined,
      letterheadAddress: undefined,
      letterheadContact: undefined,
    };
    const built = buildInvitation(sampleMeeting({ context: { network: bare, issuedOn: '2025-01-28' } }));
    expect(built.warnings).toEqual([
      'Im Briefkopf fehlen die Absenderzeile, die Anschrift und die Kontaktzeile. Bitte unter Einstellungen → Briefkopf ergänzen.',
    ]);
    const pdf = await renderAndRead(built, 'ohne-briefkopf');
    expect(pdf.text).toContain(LETTERHEAD_PLACEHOLDER);
    // The footer falls back to the network's name.
    expect(squeeze(pdf.pages[0]!)).toMatch(/Regionales Bildungsnetzwerk Bildungsregion Kreis Auenfeld Seite 1 von \d/);
  });

  it('says "Keine Tagesordnungspunkte" for a meeting without items, in every meeting document', async () => {
    const empty = sampleMeeting({ agendaItems: [], results: [], tasks: [] });
    for (const built of [
      buildInvitation(empty),
      buildAgenda(empty),
      buildAgenda(empty, { chairCopy: true }),
      buildMinutes(empty),
    ]) {
      expect(built.warnings).toContain('Die Sitzung hat noch keine Tagesordnungspunkte.');
      expect((await renderAndRead(built, 'ohne-punkte')).text).toContain('Keine Tagesordnungspunkte.');
    }
  });

  it('prints "–" for a missing organisation, owner or place, and warns about missing chair and minute-taker', async () => {
    const data = sampleMeeting({
      meeting: { ...storedMeeting, location: undefined, chairPersonId: undefined, minuteTakerPersonId: undefined },
      tasks: [{ ...tasks[0]!, ownerKind: 'organisation', ownerPersonId: undefined, ownerOrganisationId: 'org-gone' }],
    });
    const built = buildMinutes(data);
    expect(built.warnings).toEqual([
      'Für die Sitzung ist keine Sitzungsleitung eingetragen.',
      'Für die Sitzung ist keine Protokollführung eingetragen.',
      'Für die Sitzung ist kein Ort eingetragen.',
    ]);
    const text = squeeze((await renderAndRead(built, 'luecken')).text);
    expect(text).toContain('Ort Ort wird noch bekannt gegeben');
    expect(text).toContain('Sitzungsleitung –');
    expect(text).toMatch(/5\.1 Einladung zur Bildungskonferenz versenden – 30\.04\.2025/);
    expect(text).toContain('Jana Brüggemann – · beratend');
  });

  it('wraps very long titles instead of cutting them off', async () => {
    const words = Array.from({ length: 40 }, (_, i) => `Wort${i + 1}`);
    // Approved minutes: no watermark letters in between the words.
    const data = sampleMeeting({ minutes: approvedMinutes, approvedInMeeting: nextMeeting });
    const long = { ...data.agenda[0]!, item: { ...data.agenda[0]!.item, title: words.join(' ') } };
    const built = buildMinutes({ ...data, agenda: [long, ...data.agenda.slice(1)] });
    const text = flat((await renderAndRead(built, 'langer-titel')).text);
    expect(text).toContain(words.join(' '));
    // In the agenda table the presenter stands beside the title's first line.
    const agendaText = flat((await renderAndRead(buildAgenda({ ...data, agenda: [long] }), 'langer-titel-to')).text);
    positionsInOrder(
      agendaText,
      words.map((word) => `${word} `),
    );
  });

  it('replaces emoji and characters outside the font, never printing boxes, and tells the user', async () => {
    const data = sampleMeeting();
    const odd = {
      ...data.agenda[0]!,
      item: { ...data.agenda[0]!.item, title: 'Sommerfest 🎉 mit Gästen aus 北京 → Planung ✓ ﬀ' },
    };
    const built = buildAgenda({ ...data, agenda: [odd] });
    expect(built.warnings).toEqual([
      'Einige Zeichen kann die PDF-Schrift nicht darstellen; sie wurden ersetzt oder weggelassen: „🎉“ (U+1F389), „北“ (U+5317), „京“ (U+4EAC), „→“ (U+2192), „✓“ (U+2713), „ﬀ“ (U+FB00).',
    ]);
    const pdf = await renderAndRead(built, 'sonderzeichen');
    expect(pdf.text).toContain('Sommerfest mit Gästen aus ?? -> Planung √ ff');
    expect(pdf.text).not.toContain('\ufffd');
    expect(pdf.text).not.toMatch(/\p{Extended_Pictographic}(?<![©®™])/u);
    for (const row of pdf.fonts) expect(row).toMatch(/Roboto/);
  });

  it('takes a PNG logo with transparency from a data URL', async () => {
    // 4×4 RGBA PNG, every other pixel half transparent.
    const png =
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAYAAACp8Z5+AAAAF0lEQVR4nGNgYGD4D8QNSDQKB0QTUAEAhU8L+YobDZAAAAAASUVORK5CYII=';
    const built = buildAgenda(sampleMeeting({ context: { ...context, logo: { kind: 'image', dataUrl: png } } }));
    expect(built.warnings).toEqual([]);
    const pdf = await renderAndRead(built, 'png-logo');
    expect(pdf.objects).toContain('/Subtype /Image');
    expect(pdf.xmp).toContain('<pdfaid:part>2</pdfaid:part>');
  });

  it('keeps names with Turkish, Polish or French letters as they are', async () => {
    const data = sampleTaskOverview();
    const built = buildTaskOverview({
      ...data,
      context: { ...context, network: { ...network, name: 'Bildungsnetzwerk Łódź–Ærøskøbing–Çağlayan–Française' } },
    });
    expect(built.warnings).toEqual([]);
    expect((await renderAndRead(built, 'namen')).text).toContain('Bildungsnetzwerk Łódź–Ærøskøbing–Çağlayan–Française');
  });
});
