import {
  type Challenge, CloseCode, type Closed, type RoomCommand, type RoomEvent, type ShownStatus, type SubmissionView,
  submissionAuthor,
} from './room-protocol.js';

/** What the student's view asks of its link. */
export interface StudentActions {
  join(name: string): void;
  send(command: RoomCommand): void;
}

const STATUS_WORDS: Record<ShownStatus, string> = {
  open: ' · in the room',
  locked: ' · in the room (locked)',
  ended: ' · the teacher ended the room',
  revoked: ' · the room was closed',
};

/** Why a student's connection was refused, in words, for the closes that have one. */
function refusal(c: Closed): string | null {
  switch (c.code) {
    case CloseCode.BAD_REQUEST: return 'That name cannot be used: ' + c.reason;
    case CloseCode.LOCKED: return 'The room is locked: no new students can join.';
    case CloseCode.NOT_FOUND: return 'This room no longer exists.';
    case CloseCode.FULL: return 'The room is full.';
    case CloseCode.TOO_MANY: return 'Too many attempts; wait a minute and try again.';
    default: return null;
  }
}

/**
 * A student's room page, kept up to date in the browser from the room's events (no server round trip): the name
 * prompt, who they are, the room's status, the raised hand, what the teacher shows, the challenge's goal and the
 * verdicts. The elements are the Java view's (`StudentPanel`), found by id in its panel; the server never changes
 * them after it made them. Only a challenge the page has not opened yet goes to the server, which opens the lab's
 * editor on it.
 */
export class StudentView {
  private handRaised = false;
  private challengeId = '';

  constructor(private readonly panel: HTMLElement, private readonly actions: StudentActions) {
    this.element('raise-hand').addEventListener('click', () =>
      actions.send({ type: this.handRaised ? 'LowerHand' : 'RaiseHand' }));
    this.element('join').addEventListener('click', () => this.join());
    this.element('student-name').addEventListener('keydown', e => {
      if ((e as KeyboardEvent).key === 'Enter') this.join();
    });
  }

  /** No resume token: the name prompt. */
  askName(): void {
    this.show('join-prompt', true);
    this.show('room-joined', false);
  }

  /** Applies a room event; `open` is called with a challenge the page has not opened yet. */
  apply(m: RoomEvent, open: (c: Challenge) => void): void {
    switch (m.type) {
      case 'RoomState': {
        this.show('join-prompt', false);
        this.show('room-joined', true);
        this.text('you', m.you.name);
        this.source(m.scenarioSource);
        this.status(m.status);
        this.challenge(m.challenge, open);
        const last = m.submissions[m.submissions.length - 1];
        if (last) this.verdict(last);
        break;
      }
      case 'ChallengePosed':
        this.challenge(m.challenge, open);
        this.verdictLine('', '');
        break;
      case 'SubmissionReceived':
      case 'SubmissionGraded':
        this.verdict(m.submission);
        break;
      case 'ScenarioLoaded': this.source(m.source); break;
      case 'HandRaised':
      case 'HandLowered': this.hand(m.type === 'HandRaised'); break;
      case 'RoomLocked': this.status('locked'); break;
      case 'RoomUnlocked': this.status('open'); break;
      case 'RoomEnded': this.status('ended'); break;
      case 'RoomRevoked': this.status('revoked'); break;
      case 'Error':
        if (m.code === 'still-grading') this.text('verdict', 'Your previous submission is still being graded.');
        else this.text('room-error', m.message || m.code);
        break;
      case 'PlaybackChanged':
      case 'RosterChanged':
        break;
    }
  }

  /** The connection closed: say so, and why when the room refused the student (a name, a lock: ask again). */
  closed(c: Closed): void {
    const status = this.element('room-status');
    status.textContent = 'Disconnected' + (c.reason ? ': ' + c.reason : '');
    status.dataset.status = 'closed';
    const problem = refusal(c);
    if (problem) {
      this.text('room-error', problem);
      if (c.code === CloseCode.BAD_REQUEST || c.code === CloseCode.LOCKED) this.askName();
    }
  }

  /** The verdict line: `status` in `data-status` (sent, grading, invalid, passed, failed, error). */
  verdictLine(status: string, text: string): void {
    const verdict = this.element('verdict');
    verdict.textContent = text;
    verdict.dataset.status = status;
  }

  private join(): void {
    const field = this.element('student-name') as HTMLElement & { value: string };
    const name = (field.value ?? '').trim();
    if (!name) {
      this.text('room-error', 'Please enter a name.');
      return;
    }
    this.text('room-error', '');
    this.show('join-prompt', false);
    this.show('room-joined', true);
    this.actions.join(name);
  }

  private challenge(c: Challenge | null, open: (c: Challenge) => void): void {
    if (!c) {
      this.show('challenge', false);
      return;
    }
    this.show('challenge', true);
    const title = c.scenario?.title ?? '';
    const goal = this.element('challenge-goal-text');
    goal.textContent = (title ? title + ': ' : '') + (c.goalWords || c.goal.kind)
      + '. Change the diagram below, run it, explore it, then submit it.';
    goal.dataset.goal = c.goal.kind;
    // every RoomState (a reconnect too) repeats the challenge: the editor opens only on a new one
    if (c.id !== this.challengeId) {
      this.challengeId = c.id;
      open(c);
    }
  }

  private verdict(s: SubmissionView): void {
    const v = s.verdict;
    if (!v) this.verdictLine('grading', 'Grading…');
    else this.verdictLine(v.status, `${v.status}: ${v.explanation} (${v.method})`);
  }

  private source(src: string | null): void {
    const author = submissionAuthor(src);
    const el = this.element('scenario-source');
    el.textContent = author === null ? '' : `Your teacher is showing ${author}'s submission.`;
    el.dataset.source = src ?? '';
  }

  private status(s: ShownStatus): void {
    const el = this.element('room-status');
    el.textContent = STATUS_WORDS[s] ?? STATUS_WORDS.open;
    el.dataset.status = s;
    const hand = this.element('raise-hand');
    if (s === 'ended' || s === 'revoked') hand.setAttribute('disabled', '');
    else hand.removeAttribute('disabled');
  }

  private hand(raised: boolean): void {
    this.handRaised = raised;
    const hand = this.element('raise-hand');
    hand.textContent = raised ? 'Lower hand' : '✋ Raise hand';
    hand.dataset.raised = String(raised);
  }

  private text(id: string, text: string): void {
    this.element(id).textContent = text;
  }

  private show(id: string, shown: boolean): void {
    this.element(id).hidden = !shown;
  }

  private element(id: string): HTMLElement {
    const el = this.panel.querySelector<HTMLElement>('#' + id);
    if (!el) throw new Error(`the student's room view has no #${id}`);
    return el;
  }
}
