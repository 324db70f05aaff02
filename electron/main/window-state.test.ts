import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  type Rect,
  fitToWorkAreas,
  loadWindowState,
  parseWindowState,
  saveWindowState,
} from './window-state';

const laptop: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const monitorRight: Rect = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('parseWindowState', () => {
  it('reads a saved state', () => {
    expect(parseWindowState('{"x":10,"y":20,"width":1400,"height":900,"maximized":true}')).toEqual({
      x: 10,
      y: 20,
      width: 1400,
      height: 900,
      maximized: true,
    });
  });

  it.each([
    '',
    'not json',
    '{"width":1400',
    'null',
    '[]',
    '{"width":"1400","height":900}',
    '{"width":-5,"height":900}',
    '{"width":0,"height":900}',
    '{"width":1e9,"height":900}',
    '{"width":1400.5,"height":900}',
    '{"x":"links","y":0,"width":1400,"height":900}',
    '{"height":900}',
  ])('falls back to the default for %j', (text) => {
    expect(parseWindowState(text)).toEqual(DEFAULT_WINDOW_STATE);
  });
});

describe('fitToWorkAreas', () => {
  it('keeps a window that fits where it was', () => {
    const state = { x: 100, y: 50, width: 1400, height: 900, maximized: false };
    expect(fitToWorkAreas(state, [laptop, monitorRight])).toEqual(state);
  });

  it('keeps a window on a second monitor', () => {
    const state = { x: 2000, y: 100, width: 1600, height: 1000, maximized: true };
    expect(fitToWorkAreas(state, [laptop, monitorRight])).toEqual(state);
  });

  it('centres a window on the primary display when its monitor is gone', () => {
    const state = { x: 2000, y: 100, width: 2400, height: 1300, maximized: false };
    expect(fitToWorkAreas(state, [laptop])).toEqual({ width: 1920, height: 1040, maximized: false });
  });

  it('pulls a window hanging off the edge fully into the display it overlaps most', () => {
    const state = { x: 1500, y: -200, width: 1000, height: 700, maximized: false };
    expect(fitToWorkAreas(state, [laptop, monitorRight])).toEqual({
      x: 1920,
      y: 0,
      width: 1000,
      height: 700,
      maximized: false,
    });
  });

  it('shrinks a window larger than its display', () => {
    const state = { x: 0, y: 0, width: 3000, height: 2000, maximized: false };
    expect(fitToWorkAreas(state, [laptop])).toEqual({ x: 0, y: 0, width: 1920, height: 1040, maximized: false });
  });

  it('handles displays left of or above the primary (negative coordinates)', () => {
    const leftMonitor: Rect = { x: -1280, y: -200, width: 1280, height: 1024 };
    const state = { x: -1200, y: -150, width: 1000, height: 800, maximized: false };
    expect(fitToWorkAreas(state, [laptop, leftMonitor])).toEqual(state);
  });

  it('leaves the position to Electron when none was saved', () => {
    expect(fitToWorkAreas(DEFAULT_WINDOW_STATE, [laptop])).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('changes nothing when no display is known', () => {
    const state = { x: 5000, y: 5000, width: 800, height: 600, maximized: false };
    expect(fitToWorkAreas(state, [])).toEqual(state);
  });
});

describe('loading and saving', () => {
  let directory: string;
  let file: string;

  beforeEach(async () => {
    directory = await fs.mkdtemp(join(tmpdir(), 'window-state-'));
    file = join(directory, 'window-state.json');
  });

  afterEach(async () => {
    await fs.rm(directory, { recursive: true, force: true });
  });

  it('round-trips through the file', async () => {
    const state = { x: 40, y: 30, width: 1500, height: 950, maximized: true };
    await saveWindowState(file, state);
    expect(await loadWindowState(file, [laptop])).toEqual(state);
    expect(await fs.readdir(directory)).toEqual(['window-state.json']);
  });

  it('gives the default when the file is missing', async () => {
    expect(await loadWindowState(file, [laptop])).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('gives the default when the file is corrupt', async () => {
    await fs.writeFile(file, '{"x":40,"y":30,"wid');
    expect(await loadWindowState(file, [laptop])).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('fits what it loads to the current displays', async () => {
    await fs.writeFile(file, JSON.stringify({ x: 3000, y: 200, width: 1400, height: 900, maximized: false }));
    expect(await loadWindowState(file, [laptop])).toEqual({ width: 1400, height: 900, maximized: false });
  });

  it('refuses to save nonsense', async () => {
    await expect(saveWindowState(file, { width: Number.NaN, height: 10, maximized: false })).rejects.toThrow();
    await expect(fs.readdir(directory)).resolves.toEqual([]);
  });
});
