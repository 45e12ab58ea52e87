// Coalesces bursts of host messages (issue 14, item 7): a host page can post thousands of
// messages in one go (a scroll handler that sends `set-time` on every scroll event, a test that
// sends 10,000). Applied one by one, each became its own store update and React render, and a
// burst took 14–24 s to settle. Messages are now queued and applied together once per
// animation frame, after dropping those whose effect a later message overwrites.
import type { HostMessage } from './messages';
import { animationFrames, type FrameScheduler } from '../domain/frames';

/**
 * Messages that set one piece of state to a value, without reading any state and without
 * writing what another of these messages writes: time, layers, language, selected place. Of
 * several of the same type between two other messages only the last has any effect.
 * Every other type (play and pause, and any type added later) is order-sensitive: it is kept,
 * in its place, and nothing is coalesced across it. `play` reads the time (from the end it
 * starts again at the beginning), so a `set-time` before it and one after it both count.
 */
const OVERWRITING: ReadonlySet<HostMessage['type']> = new Set([
  'qantar:set-time',
  'qantar:set-layers',
  'qantar:set-lang',
  'qantar:select-place',
]);

/**
 * Returns the messages whose effect survives the sequence: applying the result in order leaves
 * the store exactly as applying every message in order would. Within each run between
 * order-sensitive messages, only the last message of each overwriting type is kept (in the
 * order of those last occurrences); order-sensitive messages are all kept, in order.
 * The caller must drop messages that have no effect (an unknown place, a time outside the
 * range) before, or a valid value could be replaced by an ignored one.
 */
export function coalesceHostMessages(messages: readonly HostMessage[]): HostMessage[] {
  const kept: HostMessage[] = [];
  let seen = new Set<HostMessage['type']>();
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i]!;
    if (!OVERWRITING.has(message.type)) {
      kept.push(message);
      seen = new Set();
    } else if (!seen.has(message.type)) {
      seen.add(message.type);
      kept.push(message);
    }
  }
  return kept.reverse();
}

export type { FrameScheduler };

/**
 * A frame is not guaranteed: Chromium runs no animation frames in a hidden tab or in an
 * off-screen cross-origin iframe, which is exactly where an embed is while the reader scrolls
 * the article. A timer flushes the queue then, so the map still follows (and answers
 * `qantar:time`) at the latest this long after a message.
 */
export const FALLBACK_FLUSH_MS = 100;

/** Queue length at which a long burst is coalesced before the frame, to bound its memory. */
const COMPACT_AT = 1024;

export interface MessageBatcher {
  /** Queues a message; the queue is applied at the next animation frame. */
  push: (message: HostMessage) => void;
  /** Applies the queue now (also used by the frame and the fallback timer). */
  flush: () => void;
  /** Drops the queue and cancels the pending frame. */
  dispose: () => void;
}

/**
 * Returns a queue that hands `apply` the coalesced messages of each animation frame, once,
 * all in one task: the store notifies its subscribers once per kept message, React renders
 * once for all of them, and the map binding updates once.
 */
export function createMessageBatcher(
  apply: (messages: readonly HostMessage[]) => void,
  frames: FrameScheduler = animationFrames,
  fallbackMs = FALLBACK_FLUSH_MS,
): MessageBatcher {
  let queue: HostMessage[] = [];
  let frame: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const cancel = () => {
    if (frame !== null) frames.cancel(frame);
    if (timer !== null) clearTimeout(timer);
    frame = null;
    timer = null;
  };
  const flush = () => {
    cancel();
    const batch = queue;
    queue = [];
    if (batch.length > 0) apply(coalesceHostMessages(batch));
  };
  return {
    push: (message) => {
      queue.push(message);
      // A flood within one frame stays small: coalescing twice gives what coalescing once does.
      if (queue.length >= COMPACT_AT) queue = coalesceHostMessages(queue);
      if (frame === null) frame = frames.request(flush);
      timer ??= setTimeout(flush, fallbackMs);
    },
    flush,
    dispose: () => {
      cancel();
      queue = [];
    },
  };
}
