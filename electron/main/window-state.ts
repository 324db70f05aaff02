import * as nodeFs from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-write';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const Coordinate = z.number().int().min(-100_000).max(100_000);
const Length = z.number().int().positive().max(100_000);

export const WindowState = z.object({
  x: Coordinate.optional(),
  y: Coordinate.optional(),
  width: Length,
  height: Length,
  maximized: z.boolean().default(false),
});
export type WindowState = z.infer<typeof WindowState>;

/** No position: Electron centres a window without x/y on the primary display. */
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 800, maximized: false };

/** The saved state, or the default when the text is not valid JSON of the right shape. */
export function parseWindowState(text: string): WindowState {
  try {
    const parsed = WindowState.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : DEFAULT_WINDOW_STATE;
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

function overlap(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

/**
 * Keeps a remembered window reachable after displays changed (a monitor unplugged, a lower
 * resolution): it moves fully into the work area it overlaps most and shrinks to fit; if it
 * overlaps none, it is centred on the primary display. `workAreas` lists the primary first.
 */
export function fitToWorkAreas(state: WindowState, workAreas: readonly Rect[]): WindowState {
  const [primary] = workAreas;
  if (!primary) return state;

  const { x, y, maximized } = state;
  if (x === undefined || y === undefined) return centredOn(primary, state);
  const placed = { x, y, width: state.width, height: state.height };
  const best = workAreas.reduce((a, b) => (overlap(placed, b) > overlap(placed, a) ? b : a), primary);
  if (overlap(placed, best) === 0) return centredOn(primary, state);

  const width = Math.min(state.width, best.width);
  const height = Math.min(state.height, best.height);
  return {
    x: clamp(x, best.x, best.x + best.width - width),
    y: clamp(y, best.y, best.y + best.height - height),
    width,
    height,
    maximized,
  };
}

function centredOn(area: Rect, { width, height, maximized }: WindowState): WindowState {
  return { width: Math.min(width, area.width), height: Math.min(height, area.height), maximized };
}

/** Reads the remembered state; a missing or corrupt file gives the default. */
export async function loadWindowState(
  filePath: string,
  workAreas: readonly Rect[],
  fs: Pick<typeof nodeFs, 'readFile'> = nodeFs,
): Promise<WindowState> {
  const text = await fs.readFile(filePath, 'utf8').catch(() => '');
  return fitToWorkAreas(parseWindowState(text), workAreas);
}

export async function saveWindowState(
  filePath: string,
  state: WindowState,
  write: (path: string, data: string) => Promise<void> = writeFileAtomic,
): Promise<void> {
  await write(filePath, JSON.stringify(WindowState.parse(state)));
}
