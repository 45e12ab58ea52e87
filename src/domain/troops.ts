import { eventPosition, type Contingent, type Place } from './dataset';
import { greatCircleRoute, pointAlong } from './geo';
import { precisionSpanMs, type EpochMs } from './time';

export type TroopPhase = 'before' | 'arriving' | 'deployed' | 'withdrawing' | 'withdrawn';

/** When a contingent moves. Day-precision dates span the whole day: it leaves at the start of
 * the departure day and has arrived by the end of the arrival day. */
export interface TroopSchedule {
  depart?: number;
  arrive?: number;
  withdrawStart?: number;
  withdrawEnd?: number;
}

export interface TroopRoute {
  id: string;
  from: [number, number];
  to: [number, number];
  line: [number, number][];
}

export interface TroopPosition {
  phase: TroopPhase;
  /** Where the marker is drawn, or null when the contingent is not in the picture. */
  position: [number, number] | null;
}

/** Returns the contingent's schedule; missing times are derived from the known ones where possible. */
export function troopSchedule(c: Contingent): TroopSchedule {
  const span = (t: EpochMs | undefined) => (t === undefined ? 0 : precisionSpanMs(t, c.precision));
  const out: TroopSchedule = {};
  const depart = c.departure ?? c.arrival;
  if (depart !== undefined) out.depart = depart;
  if (c.arrival !== undefined) out.arrive = c.arrival + span(c.arrival);
  else if (c.departure !== undefined) out.arrive = c.departure + span(c.departure);
  if (out.depart !== undefined && out.arrive !== undefined && out.arrive < out.depart)
    out.arrive = out.depart;
  if (c.withdrawalStart !== undefined) {
    out.withdrawStart = c.withdrawalStart;
    out.withdrawEnd =
      c.withdrawalEnd !== undefined
        ? c.withdrawalEnd + span(c.withdrawalEnd)
        : c.withdrawalStart + span(c.withdrawalStart);
  } else if (c.withdrawalEnd !== undefined) {
    out.withdrawStart = c.withdrawalEnd;
    out.withdrawEnd = c.withdrawalEnd + span(c.withdrawalEnd);
  }
  return out;
}

/** Returns the route from the departure airfield (or home base) to the arrival airfield, or null. */
export function troopRoute(
  c: Contingent,
  placesById: ReadonlyMap<string, Place>,
): TroopRoute | null {
  const fromId = c.departureAirfield ?? c.origin;
  if (!fromId || !c.arrivalAirfield) return null;
  const from = eventPosition({ place: fromId }, placesById);
  const to = eventPosition({ place: c.arrivalAirfield }, placesById);
  if (!from || !to) return null;
  return { id: c.id, from, to, line: greatCircleRoute(from, to) };
}

/** Returns the phase of a contingent at time t (no geometry: cheap enough for every render). */
export function troopPhaseAt(schedule: TroopSchedule, t: number): TroopPhase {
  const { depart, arrive, withdrawStart, withdrawEnd } = schedule;
  if (depart === undefined || arrive === undefined || t < depart) return 'before';
  if (t < arrive) return 'arriving';
  if (withdrawStart === undefined || t < withdrawStart) return 'deployed';
  if (withdrawEnd !== undefined && t < withdrawEnd) return 'withdrawing';
  return 'withdrawn';
}

/** Returns the phase of a contingent at time t and where its marker is. */
export function troopPositionAt(
  schedule: TroopSchedule,
  route: TroopRoute,
  t: number,
): TroopPosition {
  const phase = troopPhaseAt(schedule, t);
  const { depart, arrive, withdrawStart, withdrawEnd } = schedule;
  switch (phase) {
    case 'arriving':
      return { phase, position: pointAlong(route.line, (t - depart!) / (arrive! - depart!)) };
    case 'deployed':
      return { phase, position: route.to };
    case 'withdrawing':
      return {
        phase,
        position: pointAlong(
          route.line,
          1 - (t - withdrawStart!) / (withdrawEnd! - withdrawStart!),
        ),
      };
    default:
      return { phase, position: null };
  }
}
