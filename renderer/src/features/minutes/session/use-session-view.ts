import { useHotkeys } from '@mantine/hooks';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { sessionRepo } from '../../../db/repos';
import { notify } from '../../../ui/notify';
import type { Session } from './session-data';

/** The step before the items: the attendance list. */
export const ATTENDANCE = 'anwesenheit';

/**
 * Which step of the meeting is shown (attendance or an item), kept in the address (`?top=…`) so a
 * reload comes back to it. Moving on from the item under discussion, while the meeting runs,
 * calls the next item and starts its clock. Alt+→ and Alt+← move, also while typing.
 */
export function useSessionView(session: Session) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [moves, setMoves] = useState(0);
  // Items called here in quick succession: until the stored meeting has caught up with the last
  // of them, it counts as under discussion (keys may be pressed faster than the database answers).
  const [calls, setCalls] = useState<{ before?: string; called: string[] }>();
  const { meeting, items } = session;
  const steps = [ATTENDANCE, ...items.map((i) => i.item.id)];
  const stored = meeting.currentAgendaItemId;
  const catchingUp = (c: typeof calls): c is NonNullable<typeof calls> =>
    c !== undefined && (stored === c.before || c.called.includes(stored ?? ''));
  const current = catchingUp(calls) ? calls.called.at(-1) : stored;
  const requested = params.get('top');
  const fallback = current && session.running && steps.includes(current) ? current : ATTENDANCE;
  // The shown step: chosen here (it stays put when the meeting begins), mirrored in the address.
  const [chosen, setChosen] = useState(() => requested ?? fallback);
  const selected = steps.includes(chosen) ? chosen : fallback;
  useEffect(() => {
    if (requested !== selected) setParams({ top: selected }, { replace: true });
  }, [requested, selected, setParams]);

  const show = (step: string) => {
    setChosen(step);
    setMoves((n) => n + 1);
  };
  /** Calls an item: it is now under discussion, its clock starts. */
  const call = (itemId: string) => {
    setCalls((c) => (catchingUp(c) ? { ...c, called: [...c.called, itemId] } : { before: stored, called: [itemId] }));
    sessionRepo.callItem(meeting.id, itemId).catch((error: Error) => notify('error', t('common.error'), error.message));
  };
  // Where a move starts: the last move's result, also before React has shown it.
  const latest = useRef({ selected, current });
  useLayoutEffect(() => {
    latest.current = { selected, current };
  });
  const move = (delta: 1 | -1) => {
    const from = latest.current;
    const target = steps[steps.indexOf(from.selected) + delta];
    if (target === undefined) return;
    const leavesCurrent =
      from.selected === from.current || (from.selected === ATTENDANCE && from.current === undefined);
    const calls = session.running && leavesCurrent && target !== ATTENDANCE;
    if (calls) call(target);
    latest.current = { selected: target, current: calls ? target : from.current };
    show(target);
  };

  const anywhere = { preventDefault: true };
  useHotkeys(
    [
      ['alt+ArrowRight', () => move(1), anywhere],
      ['alt+ArrowLeft', () => move(-1), anywhere],
    ],
    [],
    true,
  );

  return {
    selected,
    /** The item under discussion (as just called, before the database confirms it). */
    current: session.running ? current : undefined,
    /** Counts moves, so the newly shown step can take the focus (not on first load). */
    moves,
    show,
    call,
    previous: steps.indexOf(selected) > 0 ? () => move(-1) : undefined,
    next: steps.indexOf(selected) < steps.length - 1 ? () => move(1) : undefined,
  };
}
